package org.switchboard.server.mail.internal;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * An email's HTML made safe to show: only jsoup's relaxed safelist of elements and attributes stays
 * (no scripts, forms, frames, styles or event handlers), and remote images are blocked until the agent
 * asks: their address moves to {@code data-remote-src}, so a tracking pixel is not fetched by merely
 * reading the email. Inline images ({@code cid:}) stay.
 */
final class HtmlSanitizer {

    static final String REMOTE_SRC = "data-remote-src";

    private static final Safelist SAFE = Safelist.relaxed().addProtocols("img", "src", "cid")
            .addAttributes("img", REMOTE_SRC).preserveRelativeLinks(false)
            .addEnforcedAttribute("a", "rel", "noopener noreferrer nofollow");

    private HtmlSanitizer() {
    }

    static String sanitize(String html) {
        Document dirty = Jsoup.parse(html);
        for (Element img : dirty.select("img[src]")) {
            String src = img.attr("src").trim();
            if (!src.regionMatches(true, 0, "cid:", 0, 4)) {
                img.removeAttr("src");
                if (src.regionMatches(true, 0, "http", 0, 4)) {
                    img.attr(REMOTE_SRC, src);
                }
            }
        }
        Document clean = new Cleaner(SAFE).clean(dirty);
        clean.outputSettings().prettyPrint(false);
        return clean.body().html();
    }
}
