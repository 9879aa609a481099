package org.switchboard.ui.wrapup;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.time.Clock;
import java.time.Instant;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.switchboard.connector.CalendarService.FollowUpRequest;
import org.switchboard.core.wrapup.Disposition;
import org.switchboard.core.wrapup.WrapUpCatalog;
import org.switchboard.ui.Accessibility;
import org.switchboard.ui.TabLeaves;
import org.switchboard.ui.WidgetIds;

/**
 * Wrap-up reasons, for any channel: a reason picked from a list filtered by search, optional notes,
 * an optional follow-up activity to schedule (refused here, with what was typed kept, when its time
 * has passed or does not read as one), and Submit, which hands the wrap-up to the caller (who sends it through the outbox). It does not
 * block the workbench; the channel's Wrap up button opens it again if it was closed.
 */
public final class WrapUpDialog extends Dialog {

    public static final String SHELL = "wrapup.dialog";
    public static final String SEARCH = "wrapup.search";
    public static final String REASONS = "wrapup.reasons";
    public static final String NOTES = "wrapup.notes";
    public static final String MESSAGE = "wrapup.message";
    public static final String SUBMIT = "wrapup.submit";
    public static final String ELAPSED = "wrapup.elapsed";
    public static final String FOLLOW_UP = "wrapup.followup";

    /** What Submit hands over: the reason, the notes (null when blank) and the follow-up (null when none). */
    public interface Submit {
        void accept(Disposition disposition, String notes, FollowUpRequest followUp);
    }

    private final String heading;
    private final WrapUpCatalog catalog;
    private final Submit submit;
    private List<Disposition> shown = List.of();
    private Text search;
    private org.eclipse.swt.widgets.List reasons;
    private Text notes;
    private Label message;
    private Label elapsed;
    private Button scheduleFollowUp;
    private FollowUpFields followUp;
    private final java.time.Instant opened = java.time.Instant.now();

    public WrapUpDialog(Shell parent, String heading, WrapUpCatalog catalog, Submit submit) {
        super(parent);
        this.heading = heading;
        this.catalog = catalog;
        this.submit = submit;
        setBlockOnOpen(false);
        setShellStyle(SWT.DIALOG_TRIM | SWT.RESIZE | SWT.MODELESS);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.wrapUpTitle);
        WidgetIds.tag(shell, SHELL);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        GridLayoutFactory.swtDefaults().margins(12, 12).applyTo(area);
        Composite top = new Composite(area, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).applyTo(top);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(top);
        // the dialog's heading in bold: without a window manager the dialog has no title bar
        Label title = new Label(top, SWT.NONE);
        title.setText(heading.replace("&", "&&"));
        title.setFont(JFaceResources.getBannerFont());
        GridDataFactory.fillDefaults().grab(true, false).applyTo(title);
        elapsed = WidgetIds.tag(new Label(top, SWT.RIGHT), ELAPSED);
        tick();
        search = Accessibility.tagged(new Text(area, SWT.BORDER | SWT.SEARCH | SWT.ICON_SEARCH), SEARCH,
                Messages.wrapUpSearch);
        search.setMessage(Messages.wrapUpSearch);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(search);
        reasons = Accessibility.tagged(new org.eclipse.swt.widgets.List(area, SWT.BORDER | SWT.SINGLE | SWT.V_SCROLL),
                REASONS, Messages.wrapUpReasons);
        GridDataFactory.fillDefaults().grab(true, true).hint(320, 110).applyTo(reasons);
        new Label(area, SWT.NONE).setText(Messages.wrapUpNotes + ":");
        notes = Accessibility.tagged(new Text(area, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL), NOTES,
                Messages.wrapUpNotes);
        notes.setTextLimit(catalog.maxNotesLength());
        TabLeaves.text(notes);
        GridDataFactory.fillDefaults().grab(true, true).hint(320, 70).applyTo(notes);
        scheduleFollowUp = Accessibility.tagged(new Button(area, SWT.CHECK), FOLLOW_UP,
                Messages.wrapUpFollowUp.replace("&", ""));
        scheduleFollowUp.setText(Messages.wrapUpFollowUp);
        followUp = new FollowUpFields(area, Clock.systemDefaultZone());
        GridDataFactory.fillDefaults().grab(true, false).applyTo(followUp.control());
        followUp.setEnabled(false);
        scheduleFollowUp.addListener(SWT.Selection, e -> followUp.setEnabled(scheduleFollowUp.getSelection()));
        message = WidgetIds.tag(new Label(area, SWT.WRAP), MESSAGE);
        message.setForeground(area.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
        GridDataFactory.fillDefaults().grab(true, false).applyTo(message);
        search.addListener(SWT.Modify, e -> filter());
        reasons.addListener(SWT.Selection, e -> enableSubmit());
        filter();
        search.setFocus();
        return area;
    }

    /** Counts the time since the wrap-up began, every second while the dialog is open. */
    private void tick() {
        if (elapsed == null || elapsed.isDisposed()) {
            return;
        }
        long seconds = java.time.Duration.between(opened, java.time.Instant.now()).toSeconds();
        elapsed.setText(NLS.bind(Messages.wrapUpElapsed, String.format("%d:%02d", seconds / 60, seconds % 60)));
        elapsed.getDisplay().timerExec(1000, this::tick);
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        Button ok = createButton(parent, IDialogConstants.OK_ID, Messages.wrapUpSubmit, true);
        WidgetIds.tag(ok, SUBMIT);
        Accessibility.name(ok, Messages.wrapUpSubmit.replace("&", ""));
        enableSubmit();
    }

    private void filter() {
        String query = search.getText().strip().toLowerCase(Locale.ROOT);
        shown = catalog.dispositions().stream()
                .filter(d -> query.isEmpty() || d.label().toLowerCase(Locale.ROOT).contains(query)
                        || d.code().toLowerCase(Locale.ROOT).contains(query))
                .sorted(Comparator.comparing(Disposition::label)).toList();
        reasons.setItems(shown.stream().map(Disposition::label).toArray(String[]::new));
        if (shown.size() == 1) {
            reasons.select(0);
        }
        enableSubmit();
    }

    private void enableSubmit() {
        Button ok = getButton(IDialogConstants.OK_ID);
        if (ok != null) {
            ok.setEnabled(reasons.getSelectionIndex() >= 0);
        }
    }

    @Override
    protected void okPressed() {
        int index = reasons.getSelectionIndex();
        if (index < 0) {
            message.setText(Messages.wrapUpPick);
            return;
        }
        String text = notes.getText();
        if (text.length() > catalog.maxNotesLength()) {
            message.setText(NLS.bind(Messages.wrapUpTooLong, catalog.maxNotesLength()));
            return;
        }
        FollowUpRequest scheduled = null;
        if (scheduleFollowUp.getSelection()) {
            try {
                scheduled = followUp.read(Instant.now());
            } catch (FollowUpInput.InvalidFollowUp e) {
                message.setText(e.getMessage());
                getShell().layout(true, true);
                return;
            }
        }
        submit.accept(shown.get(index), text.isBlank() ? null : text, scheduled);
        super.okPressed();
    }

    /**
     * Shows again what the agent had entered, with why it was not saved, so it can be sent again as
     * it is or corrected. Call it once the dialog is open.
     */
    public void restore(Disposition disposition, String enteredNotes, FollowUpRequest enteredFollowUp, String why) {
        if (!isOpen()) {
            return;
        }
        search.setText("");
        int index = shown.indexOf(disposition);
        if (index >= 0) {
            reasons.select(index);
        }
        notes.setText(enteredNotes == null ? "" : enteredNotes);
        scheduleFollowUp.setSelection(enteredFollowUp != null);
        followUp.setEnabled(enteredFollowUp != null);
        if (enteredFollowUp != null) {
            followUp.fill(enteredFollowUp);
        }
        message.setText(why == null ? "" : why);
        enableSubmit();
        getShell().layout(true, true);
    }

    public boolean isOpen() {
        return getShell() != null && !getShell().isDisposed();
    }
}
