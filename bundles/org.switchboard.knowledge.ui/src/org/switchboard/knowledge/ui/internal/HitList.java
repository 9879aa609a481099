package org.switchboard.knowledge.ui.internal;

import java.util.List;
import java.util.function.Consumer;

import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.switchboard.connector.KnowledgeService;
import org.switchboard.ui.Accessibility;

/**
 * The hits of a search, each drawn as its title over its best passage, the matched words on a
 * highlight. Each row's text (title, then passage) is also its item text, for screen readers and tests.
 */
final class HitList {

    static final String RESULTS = "knowledge.results";
    private static final int PADDING = 4;

    private final Table table;
    private final Color highlight;
    private List<KnowledgeService.Hit> hits = List.of();

    HitList(Composite parent, Consumer<KnowledgeService.Hit> chosen) {
        table = Accessibility.tagged(new Table(parent, SWT.SINGLE | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.BORDER),
                RESULTS, Messages.results);
        highlight = new Color(new RGB(255, 236, 140));
        table.addListener(SWT.Dispose, e -> highlight.dispose());
        table.addListener(SWT.MeasureItem, this::measure);
        table.addListener(SWT.EraseItem, e -> e.detail &= ~SWT.FOREGROUND);
        table.addListener(SWT.PaintItem, this::paint);
        table.addListener(SWT.Selection, e -> selected().ifPresent(chosen));
    }

    Table control() {
        return table;
    }

    void show(List<KnowledgeService.Hit> shown) {
        hits = List.copyOf(shown);
        table.setRedraw(false);
        try {
            table.removeAll();
            for (KnowledgeService.Hit hit : hits) {
                TableItem item = new TableItem(table, SWT.NONE);
                item.setText(MarkedText.parse(hit.title()).text() + " — " + passage(hit).text());
                item.setData(hit);
            }
        } finally {
            table.setRedraw(true);
        }
    }

    java.util.Optional<KnowledgeService.Hit> selected() {
        int i = table.getSelectionIndex();
        return i < 0 || i >= hits.size() ? java.util.Optional.empty() : java.util.Optional.of(hits.get(i));
    }

    private static MarkedText passage(KnowledgeService.Hit hit) {
        return MarkedText.parse(hit.fragments().isEmpty() ? "" : String.join(" … ", hit.fragments()));
    }

    private void measure(Event e) {
        int line = e.gc.getFontMetrics().getHeight();
        e.height = 2 * line + 2 * PADDING;
        e.width = table.getClientArea().width;
    }

    private void paint(Event e) {
        TableItem item = (TableItem) e.item;
        if (!(item.getData() instanceof KnowledgeService.Hit hit)) {
            return;
        }
        GC gc = e.gc;
        int line = gc.getFontMetrics().getHeight();
        int width = table.getClientArea().width - 2 * PADDING;
        Font normal = gc.getFont();
        gc.setFont(JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT));
        draw(gc, MarkedText.parse(hit.title()), e.x + PADDING, e.y + PADDING, width);
        gc.setFont(normal);
        draw(gc, passage(hit), e.x + PADDING, e.y + PADDING + line, width);
    }

    /** Draws the text on one line, cut to {@code width}, its marked runs on the highlight. */
    private void draw(GC gc, MarkedText marked, int x, int y, int width) {
        String text = marked.text();
        int[] marks = marked.marks();
        int at = 0;
        int cx = x;
        for (int m = 0; m <= marks.length && cx < x + width; m += 2) {
            int start = m < marks.length ? marks[m] : text.length();
            if (start > at) {
                cx = run(gc, text.substring(at, start), cx, y, false);
            }
            if (m < marks.length) {
                cx = run(gc, text.substring(start, start + marks[m + 1]), cx, y, true);
                at = start + marks[m + 1];
            }
        }
    }

    private int run(GC gc, String s, int x, int y, boolean marked) {
        Point size = gc.textExtent(s);
        if (marked) {
            Color before = gc.getBackground();
            gc.setBackground(highlight);
            gc.fillRectangle(x, y, size.x, size.y);
            gc.setBackground(before);
        }
        gc.drawText(s, x, y, true);
        return x + size.x;
    }
}
