package org.switchboard.calendar.ui.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.function.Consumer;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.switchboard.connector.CalendarService.FollowUpRequest;
import org.switchboard.ui.Accessibility;
import org.switchboard.ui.WidgetIds;
import org.switchboard.ui.wrapup.FollowUpFields;
import org.switchboard.ui.wrapup.FollowUpInput;

/**
 * Schedules a follow-up from the calendar: whom it concerns (name, and the number a call back dials)
 * and the follow-up's fields as in wrap-up. What the server refuses comes back into the open dialog.
 */
final class ScheduleDialog extends Dialog {

    static final String SHELL = "calendar.schedule";
    static final String NAME = "calendar.schedule.name";
    static final String NUMBER = "calendar.schedule.number";
    static final String MESSAGE = "calendar.schedule.message";
    static final String SCHEDULE = "calendar.schedule.ok";

    private final Consumer<FollowUpRequest> schedule;
    private Text name;
    private Text number;
    private FollowUpFields fields;
    private Label message;

    ScheduleDialog(Shell parent, Consumer<FollowUpRequest> schedule) {
        super(parent);
        this.schedule = schedule;
        setBlockOnOpen(false);
        setShellStyle(SWT.DIALOG_TRIM | SWT.RESIZE | SWT.MODELESS);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.scheduleTitle);
        WidgetIds.tag(shell, SHELL);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        GridLayoutFactory.swtDefaults().numColumns(2).margins(12, 12).applyTo(area);
        name = field(area, Messages.scheduleName, NAME);
        number = field(area, Messages.scheduleNumber, NUMBER);
        fields = new FollowUpFields(area, Clock.systemDefaultZone());
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(fields.control());
        message = WidgetIds.tag(new Label(area, SWT.WRAP), MESSAGE);
        message.setForeground(area.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(300, SWT.DEFAULT).applyTo(message);
        name.setFocus();
        return area;
    }

    private static Text field(Composite area, String label, String id) {
        new Label(area, SWT.NONE).setText(label + ":");
        Text t = Accessibility.tagged(new Text(area, SWT.BORDER), id, label);
        t.setTextLimit(200);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(t);
        return t;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        Button ok = createButton(parent, IDialogConstants.OK_ID, Messages.scheduleOk, true);
        Accessibility.tagged(ok, SCHEDULE, Messages.scheduleOk.replace("&", ""));
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
    }

    @Override
    protected void okPressed() {
        message.setText("");
        FollowUpRequest entered;
        try {
            entered = fields.read(Instant.now());
        } catch (FollowUpInput.InvalidFollowUp e) {
            refused(e.getMessage());
            return;
        }
        schedule.accept(new FollowUpRequest(entered.kind(), entered.due(), entered.zone(), entered.reminder(),
                entered.notes(), name.getText().strip(), number.getText().strip(), null));
    }

    /** The server refused it, or it does not read as a follow-up: said in the dialog, the fields kept. */
    void refused(String why) {
        if (getShell() != null && !getShell().isDisposed()) {
            message.setText(why);
            getShell().layout(true, true);
        }
    }

    void scheduled() {
        close();
    }
}
