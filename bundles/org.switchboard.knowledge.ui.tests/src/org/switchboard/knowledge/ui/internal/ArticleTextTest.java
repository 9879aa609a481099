package org.switchboard.knowledge.ui.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.eclipse.swt.SWT;
import org.junit.jupiter.api.Test;

/** What the view makes of the server's marked passages and of an article's Markdown. */
class ArticleTextTest {

    @Test
    void markedPassagesBecomePlainTextWithTheirRanges() {
        MarkedText m = MarkedText.parse("Card <mark>refunds</mark> &amp; <mark>vouchers</mark>\n arrive &lt;5 days&gt;");
        assertEquals("Card refunds & vouchers arrive <5 days>", m.text());
        assertArrayEquals(new int[] { 5, 7, 15, 8 }, m.marks());
        assertEquals("<b>x</b> &bogus", MarkedText.parse("&lt;b&gt;x&lt;/b&gt; &bogus").text());
    }

    @Test
    void markdownIsReadAsTextWithItsEmphasisStyled() {
        ArticleReader.Rendered r = ArticleReader.render("""
                ## What to tell the customer
                1. Open **Return an item** in the *order*.
                - one
                | a | b |
                |---|---|
                > a note""");
        assertEquals("What to tell the customer\n1. Open Return an item in the order.\n• one\n| a | b |\na note", r.text());
        assertEquals(SWT.BOLD, r.styles().get(0).fontStyle);
        assertEquals("Return an item", r.text().substring(r.styles().get(1).start,
                r.styles().get(1).start + r.styles().get(1).length));
        assertEquals(SWT.ITALIC, r.styles().get(2).fontStyle);
        assertEquals(SWT.ITALIC, r.styles().get(3).fontStyle);
    }
}
