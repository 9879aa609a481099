package org.switchboard.knowledge.ui.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Composite;
import org.switchboard.ui.Accessibility;

/**
 * Shows an article for reading: its Markdown as plain text (headings, bold and quotes styled, list
 * markers as bullets, the syntax itself left out), which is also what Use puts into a reply. The
 * agent may select a passage to use only that.
 */
final class ArticleReader {

    static final String BODY = "knowledge.article.body";

    /** **bold** (group 1) or *italic* (group 2). */
    private static final Pattern EMPHASIS = Pattern.compile(
            "\\*\\*(.+?)\\*\\*|(?<![*\\w])\\*([^*\\s][^*]*?)\\*(?![*\\w])");

    private final StyledText text;

    ArticleReader(Composite parent) {
        text = Accessibility.tagged(new StyledText(parent, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL
                | SWT.READ_ONLY), BODY, Messages.article);
        text.setMargins(6, 6, 6, 6);
    }

    StyledText control() {
        return text;
    }

    void show(String markdown) {
        Rendered r = render(markdown);
        text.setText(r.text());
        text.setStyleRanges(r.styles().toArray(StyleRange[]::new));
        text.setTopIndex(0);
    }

    void clear() {
        text.setText("");
    }

    /** The passage the agent selected, or the whole article when nothing is selected. */
    String passageOrAll() {
        String selected = text.getSelectionText();
        return selected.isBlank() ? text.getText() : selected;
    }

    record Rendered(String text, List<StyleRange> styles) {
    }

    static Rendered render(String markdown) {
        StringBuilder out = new StringBuilder();
        List<StyleRange> styles = new ArrayList<>();
        for (String raw : markdown.strip().split("\\R", -1)) {
            String line = raw.stripTrailing();
            int style = SWT.NORMAL;
            if (line.matches("#{1,6}\\s.*")) {
                line = line.replaceFirst("#{1,6}\\s+", "");
                style = SWT.BOLD;
            } else if (line.startsWith("> ")) {
                line = line.substring(2);
                style = SWT.ITALIC;
            } else if (line.matches("\\s*[-*]\\s.*")) {
                line = line.replaceFirst("[-*]\\s", "• ");
            } else if (line.matches("\\|?\\s*-{3,}.*")) {
                continue;
            }
            int lineStart = out.length();
            line = inline(line, lineStart, styles);
            out.append(line).append('\n');
            if (style != SWT.NORMAL && !line.isEmpty()) {
                styles.add(new StyleRange(lineStart, line.length(), null, null, style));
            }
        }
        styles.sort((a, b) -> Integer.compare(a.start, b.start));
        return new Rendered(out.toString().stripTrailing(), merge(styles));
    }

    /** Removes the emphasis markers from the line, styling what they enclosed. */
    private static String inline(String line, int lineStart, List<StyleRange> styles) {
        Matcher m = EMPHASIS.matcher(line);
        StringBuilder out = new StringBuilder();
        int last = 0;
        while (m.find()) {
            out.append(line, last, m.start());
            String inner = m.group(1) != null ? m.group(1) : m.group(2);
            styles.add(new StyleRange(lineStart + out.length(), inner.length(), null, null,
                    m.group(1) != null ? SWT.BOLD : SWT.ITALIC));
            out.append(inner);
            last = m.end();
        }
        return out.append(line.substring(last)).toString();
    }

    /** StyledText takes ranges that do not overlap: a styled line's inline ranges give way to the line's style. */
    private static List<StyleRange> merge(List<StyleRange> sorted) {
        List<StyleRange> out = new ArrayList<>();
        int covered = -1;
        for (StyleRange r : sorted) {
            if (r.start >= covered) {
                out.add(r);
                covered = r.start + r.length;
            }
        }
        return out;
    }
}
