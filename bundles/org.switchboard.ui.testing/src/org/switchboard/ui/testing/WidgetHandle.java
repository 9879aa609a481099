package org.switchboard.ui.testing;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Widget;

/**
 * One widget found by its id. Actions check that the widget can take them, as a person would find
 * it: a disabled or hidden button cannot be clicked.
 */
public final class WidgetHandle {

    private final UiDriver driver;
    private final Widget widget;
    private final String id;

    WidgetHandle(UiDriver driver, Widget widget, String id) {
        this.driver = driver;
        this.widget = widget;
        this.id = id;
    }

    public String id() {
        return id;
    }

    public Widget widget() {
        return widget;
    }

    /**
     * Clicks a button or link: focus, then the selection event SWT sends on a real click. A control
     * just shown is given a moment to be laid out, as a person waits to see it.
     */
    public WidgetHandle click() {
        awaitLaidOut();
        if (widget.isDisposed()) {
            // drawn again meanwhile (a popover rebuilt with a queue's name): the same control, new widget
            return driver.find(id).click();
        }
        driver.onUi(() -> {
            Control control = requireUsable("click");
            if (control instanceof Button button && (button.getStyle() & SWT.RADIO) != 0) {
                // As a real click: this radio button is chosen, the others of its group no longer.
                if ((button.getParent().getStyle() & SWT.NO_RADIO_GROUP) == 0) {
                    for (Control sibling : button.getParent().getChildren()) {
                        if (sibling instanceof Button other && (other.getStyle() & SWT.RADIO) != 0) {
                            other.setSelection(false);
                        }
                    }
                }
                button.setSelection(true);
            } else if (control instanceof Button button && (button.getStyle() & (SWT.CHECK | SWT.TOGGLE)) != 0) {
                button.setSelection(!button.getSelection());
            }
            control.setFocus();
            Event event = new Event();
            event.widget = control;
            event.display = control.getDisplay();
            event.time = (int) System.currentTimeMillis();
            control.notifyListeners(SWT.Selection, event);
        });
        return this;
    }

    /** Replaces the text of a text field or combo, firing the modify events typing would. */
    public WidgetHandle setText(String value) {
        driver.onUi(() -> {
            Control control = requireUsable("type into");
            control.setFocus();
            switch (control) {
                case Text text -> text.setText(value);
                case Combo combo -> combo.setText(value);
                default -> throw new IllegalStateException(describe() + " takes no text");
            }
        });
        return this;
    }

    /**
     * Selects {@code item} in a list or combo (or the first table row with a cell reading it), firing
     * the selection event a click would.
     */
    public WidgetHandle select(String item) {
        driver.onUi(() -> {
            Control control = requireUsable("select in");
            control.setFocus();
            int index = switch (control) {
                case org.eclipse.swt.widgets.List list -> list.indexOf(item);
                case Combo combo -> combo.indexOf(item);
                case org.eclipse.swt.widgets.Table table -> rowWithCell(table, item);
                default -> throw new IllegalStateException(describe() + " has no items");
            };
            if (index < 0) {
                throw new IllegalStateException(describe() + " has no item \"" + item + "\"");
            }
            Event event = new Event();
            if (control instanceof org.eclipse.swt.widgets.List list) {
                list.setSelection(index);
            } else if (control instanceof org.eclipse.swt.widgets.Table table) {
                table.setSelection(index);
                table.showSelection();
                event.item = table.getItem(index);
            } else {
                ((Combo) control).select(index);
            }
            event.widget = control;
            control.notifyListeners(SWT.Selection, event);
        });
        return this;
    }

    /** The items of a list or combo, in order. */
    public java.util.List<String> items() {
        return driver.onUi(() -> java.util.List.of(switch (widget) {
            case org.eclipse.swt.widgets.List list -> list.getItems();
            case Combo combo -> combo.getItems();
            default -> throw new IllegalStateException(describe() + " has no items");
        }));
    }

    /** The cells of a table, row by row, as shown. */
    public java.util.List<java.util.List<String>> rows() {
        return driver.onUi(() -> {
            if (!(widget instanceof org.eclipse.swt.widgets.Table table)) {
                throw new IllegalStateException(describe() + " is not a table");
            }
            java.util.List<java.util.List<String>> rows = new java.util.ArrayList<>();
            int columns = Math.max(1, table.getColumnCount());
            for (org.eclipse.swt.widgets.TableItem item : table.getItems()) {
                java.util.List<String> cells = new java.util.ArrayList<>(columns);
                for (int c = 0; c < columns; c++) {
                    cells.add(item.getText(c));
                }
                rows.add(java.util.List.copyOf(cells));
            }
            return java.util.List.copyOf(rows);
        });
    }

    /** The first row of a table with a cell reading {@code cell}, or -1. */
    private static int rowWithCell(org.eclipse.swt.widgets.Table table, String cell) {
        int columns = Math.max(1, table.getColumnCount());
        for (int r = 0; r < table.getItemCount(); r++) {
            for (int c = 0; c < columns; c++) {
                if (cell.equals(table.getItem(r).getText(c))) {
                    return r;
                }
            }
        }
        return -1;
    }

    /** Scrolls every scrolled composite around the widget so it shows, as a person would. */
    public WidgetHandle scrollIntoView() {
        driver.onUi(() -> {
            Control control = (Control) widget;
            for (Control c = control.getParent(); c != null; c = c.getParent()) {
                if (c instanceof org.eclipse.swt.custom.ScrolledComposite scrolled) {
                    scrolled.showControl(control);
                }
            }
        });
        driver.flush();
        return this;
    }

    /**
     * Whether the whole widget lies inside its window's visible area: inside the client area of every
     * composite around it, none clipping it off.
     */
    public boolean isFullyShown() {
        return driver.onUi(() -> {
            if (widget.isDisposed() || !(widget instanceof Control control) || !control.isVisible()) {
                return false;
            }
            org.eclipse.swt.graphics.Rectangle bounds = control.getBounds();
            for (Control c = control; c.getParent() != null; c = c.getParent()) {
                org.eclipse.swt.widgets.Composite parent = c.getParent();
                if (!parent.getClientArea().contains(bounds.x, bounds.y)
                        || !parent.getClientArea().contains(bounds.x + bounds.width - 1, bounds.y + bounds.height - 1)) {
                    return false;
                }
                org.eclipse.swt.graphics.Rectangle own = parent.getBounds();
                bounds = new org.eclipse.swt.graphics.Rectangle(bounds.x + own.x, bounds.y + own.y, bounds.width,
                        bounds.height);
                if (parent instanceof org.eclipse.swt.widgets.Shell) {
                    break;
                }
            }
            return true;
        });
    }

    /**
     * Waits until the screen shows the widget: mapped, painted and not covered by another window, as
     * the pixels at its place say.
     */
    public WidgetHandle waitUntilSeen() {
        driver.waitUntil(describe() + " to be seen on screen", () -> live() instanceof Control c && OnScreen.seen(c));
        return this;
    }

    /** Waits until the widget can be used (enabled and visible). */
    public WidgetHandle waitUntilEnabled() {
        driver.waitUntil(describe() + " to be enabled", () -> !widget.isDisposed() && widget instanceof Control c
                && c.isEnabled() && c.isVisible());
        return this;
    }

    public WidgetHandle waitUntilDisabled() {
        driver.waitUntil(describe() + " to be disabled", () -> !widget.isDisposed() && widget instanceof Control c
                && !c.isEnabled());
        return this;
    }

    public boolean isDisposed() {
        return driver.onUi(widget::isDisposed);
    }

    /** The widget's text; read from its successor when it was drawn anew (a popover rebuilt) meanwhile. */
    public String text() {
        return driver.onUi(() -> textOf(live()));
    }

    /** The widget, or its successor tagged with the same id when it was drawn anew; on the UI thread. */
    private Widget live() {
        return widget.isDisposed() ? driver.lookup(id).orElse(widget) : widget;
    }

    private String textOf(Widget current) {
        return switch (current) {
            case Text text -> text.getText();
            case Label label -> label.getText();
            case Button button -> button.getText();
            case Combo combo -> combo.getText();
            case Link link -> link.getText();
            case org.eclipse.swt.custom.StyledText styled -> styled.getText();
            case org.eclipse.swt.custom.CLabel label -> label.getText();
            default -> throw new IllegalStateException(describe() + " has no text");
        };
    }

    /** Whether a check box, toggle or radio button is selected. */
    public boolean isSelected() {
        return driver.onUi(() -> !widget.isDisposed() && widget instanceof Button b && b.getSelection());
    }

    public boolean isEnabled() {
        return driver.onUi(() -> !widget.isDisposed() && widget instanceof Control c && c.isEnabled());
    }

    public boolean isVisible() {
        return driver.onUi(() -> !widget.isDisposed() && widget instanceof Control c && c.isVisible());
    }

    /** Waits until the widget's text equals {@code expected}. */
    public WidgetHandle waitForText(String expected) {
        driver.waitUntil(describe() + " to read \"" + expected + "\"", () -> expected.equals(textOrNull()));
        return this;
    }

    /** Waits until the widget's text contains {@code part}. */
    public WidgetHandle waitForTextContaining(String part) {
        driver.waitUntil(describe() + " to contain \"" + part + "\"", () -> {
            String text = textOrNull();
            return text != null && text.contains(part);
        });
        return this;
    }

    private String textOrNull() {
        Widget current = live();
        return current.isDisposed() ? null : textOf(current);
    }

    private void awaitLaidOut() {
        try {
            driver.waitUntil(describe() + " to be laid out", () -> widget.isDisposed()
                    || !(widget instanceof Control c) || (c.getSize().x > 1 && c.getSize().y > 1),
                    java.time.Duration.ofSeconds(2));
        } catch (WaitTimeoutException e) {
            // requireUsable says what is wrong with it
        }
    }

    private Control requireUsable(String action) {
        if (widget.isDisposed()) {
            throw new IllegalStateException("Cannot " + action + " " + describe() + ": it is disposed");
        }
        if (!(widget instanceof Control control)) {
            throw new IllegalStateException("Cannot " + action + " " + describe() + ": not a control");
        }
        if (!control.isEnabled()) {
            throw new IllegalStateException("Cannot " + action + " " + describe() + ": it is disabled");
        }
        if (!control.isVisible()) {
            throw new IllegalStateException("Cannot " + action + " " + describe() + ": it is hidden");
        }
        var size = control.getSize();
        if (size.x <= 1 || size.y <= 1) {
            // laid out to nothing: a person sees no control there (an empty popover, say)
            throw new IllegalStateException("Cannot " + action + " " + describe() + ": it has no size on screen ("
                    + size.x + "x" + size.y + ")");
        }
        return control;
    }

    private String describe() {
        return widget.getClass().getSimpleName() + " '" + id + "'";
    }
}
