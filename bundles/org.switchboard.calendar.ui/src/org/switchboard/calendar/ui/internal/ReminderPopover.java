package org.switchboard.calendar.ui.internal;

import java.time.ZoneId;
import java.util.function.Consumer;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.switchboard.connector.CalendarService.FollowUp;
import org.switchboard.ui.Accessibility;
import org.switchboard.ui.WidgetIds;
import org.switchboard.ui.popover.Popovers;

/** One follow-up's reminder over the workbench window: Call back (when it has a number), Snooze, Open, Dismiss. */
final class ReminderPopover {

    static final String SHELL = "reminder.popover";
    static final String TITLE = "reminder.title";
    static final String CALL_BACK = "reminder.callback";
    static final String SNOOZE = "reminder.snooze";
    static final String OPEN = "reminder.open";
    static final String DISMISS = "reminder.dismiss";

    /** What the agent chose. */
    enum Choice {
        CALL_BACK, SNOOZE, OPEN, DISMISS
    }

    private final Shell shell;

    ReminderPopover(Shell window, FollowUp f, ZoneId zone, int stackedAbove, Consumer<Choice> chosen) {
        shell = WidgetIds.tag(Popovers.create(window), SHELL);
        String title = FollowUpTexts.title(f);
        shell.setText(Messages.reminder + ": " + title);
        GridLayoutFactory.swtDefaults().margins(12, 10).applyTo(shell);
        Composite band = new Composite(shell, SWT.NONE);
        GridLayoutFactory.swtDefaults().applyTo(band);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(band);
        Label heading = WidgetIds.tag(new Label(band, SWT.NONE), TITLE);
        heading.setText(title.replace("&", "&&"));
        heading.setFont(JFaceResources.getBannerFont());
        Popovers.heading(band);
        Label when = new Label(shell, SWT.WRAP);
        when.setText(Messages.due + " " + FollowUpTexts.when(f, zone, true)
                + (f.notes().isBlank() ? "" : "\n" + f.notes()).replace("&", "&&"));
        GridDataFactory.fillDefaults().grab(true, false).hint(300, SWT.DEFAULT).applyTo(when);
        Composite buttons = new Composite(shell, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(4).applyTo(buttons);
        if (f.canCallBack()) {
            button(buttons, CALL_BACK, Messages.callBack, () -> chosen.accept(Choice.CALL_BACK));
        }
        button(buttons, SNOOZE, Messages.snooze, () -> chosen.accept(Choice.SNOOZE));
        button(buttons, OPEN, Messages.open, () -> chosen.accept(Choice.OPEN));
        button(buttons, DISMISS, Messages.dismiss, () -> chosen.accept(Choice.DISMISS));
        Popovers.show(shell, window, stackedAbove, 0);
    }

    private static void button(Composite parent, String id, String label, Runnable action) {
        Button b = Accessibility.tagged(new Button(parent, SWT.PUSH), id, label.replace("&", ""));
        b.setText(label);
        b.addListener(SWT.Selection, e -> action.run());
    }

    int height() {
        return shell.isDisposed() ? 0 : shell.getSize().y;
    }

    void restack(Shell window, int stackedAbove) {
        if (!shell.isDisposed()) {
            Popovers.show(shell, window, stackedAbove, 0);
        }
    }

    void close() {
        if (!shell.isDisposed()) {
            shell.dispose();
        }
    }
}
