package org.switchboard.ui.testing;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;

/**
 * Whether a person sees a control: on top at its place (the X server reports it under the pointer
 * moved there, so no other window covers it) and painted (the screen's pixels there are not one
 * blank colour). A control that SWT calls visible can still be buried under the workbench window or
 * never painted. The control is not drawn off screen to compare: {@code Control.print} on GTK 3
 * leaves a popover it drew unpainted on screen.
 */
final class OnScreen {

    /** A painted control has text or lines: no single colour covers more than this share of it. */
    private static final double BLANK_SHARE = 0.97;

    private OnScreen() {
    }

    /** Runs on the UI thread. */
    static boolean seen(Control control) {
        if (control.isDisposed() || !control.isVisible() || !control.getShell().isVisible()) {
            return false;
        }
        Point size = control.getSize();
        if (size.x < 2 || size.y < 2) {
            return false;
        }
        Display display = control.getDisplay();
        Rectangle bounds = display.map(control.getParent(), null, control.getBounds());
        if (!display.getBounds().contains(bounds.x, bounds.y)
                || !display.getBounds().contains(bounds.x + size.x - 1, bounds.y + size.y - 1)) {
            return false;
        }
        return onTop(control, bounds) && painted(screen(display, bounds));
    }

    private static boolean onTop(Control control, Rectangle bounds) {
        Display display = control.getDisplay();
        display.setCursorLocation(bounds.x + bounds.width / 2, bounds.y + bounds.height / 2);
        // GTK finds the control under the pointer by its window, which a label may share with its
        // parent: what counts is that the control's own shell is the window on top there.
        Control under = display.getCursorControl();
        return under != null && under.getShell() == control.getShell();
    }

    private static boolean painted(ImageData screen) {
        Map<Integer, Integer> counts = new HashMap<>();
        for (int y = 0; y < screen.height; y++) {
            for (int x = 0; x < screen.width; x++) {
                counts.merge(screen.getPixel(x, y), 1, Integer::sum);
            }
        }
        int commonest = counts.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        return commonest < BLANK_SHARE * screen.width * screen.height;
    }

    private static ImageData screen(Display display, Rectangle bounds) {
        Image image = new Image(display, bounds.width, bounds.height);
        GC gc = new GC(display);
        try {
            gc.copyArea(image, bounds.x, bounds.y);
            return image.getImageData();
        } finally {
            gc.dispose();
            image.dispose();
        }
    }
}
