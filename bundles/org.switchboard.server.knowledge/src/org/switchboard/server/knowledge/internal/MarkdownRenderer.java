package org.switchboard.server.knowledge.internal;

import java.util.List;

import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.text.TextContentRenderer;

/**
 * Article bodies from Markdown: HTML for reading (raw HTML in the source escaped, links other than
 * http, https and mailto dropped, so a hostile article cannot script the reader) and plain text for
 * the index.
 */
final class MarkdownRenderer {

    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());

    private final Parser parser = Parser.builder().extensions(EXTENSIONS).build();
    private final HtmlRenderer html = HtmlRenderer.builder().extensions(EXTENSIONS).escapeHtml(true)
            .sanitizeUrls(true).build();
    private final TextContentRenderer text = TextContentRenderer.builder().extensions(EXTENSIONS).build();

    String html(String markdown) {
        return html.render(parse(markdown));
    }

    String text(String markdown) {
        return text.render(parse(markdown));
    }

    private Node parse(String markdown) {
        return parser.parse(markdown);
    }
}
