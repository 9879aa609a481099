package org.switchboard.knowledge.ui.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.switchboard.connector.KnowledgeService;
import org.switchboard.ui.Accessibility;
import org.switchboard.ui.DialogHeading;

/**
 * Proposes a new article, or an edit of the one being read, for a knowledge manager to review, and
 * lists the agent's proposals with where their review stands. The proposal is sent off the UI
 * thread; a refusal leaves what was typed in place.
 */
final class ContributeDialog extends Dialog {

    static final String TITLE = "knowledge.contribute.title";
    static final String TAGS = "knowledge.contribute.tags";
    static final String BODY = "knowledge.contribute.body";
    static final String SUBMIT = "knowledge.contribute.submit";
    static final String STATUS = "knowledge.contribute.status";
    static final String PROPOSALS = "knowledge.contribute.proposals";

    private final KnowledgeService knowledge;
    private final KnowledgeService.Article edited;
    private Text title;
    private Text tags;
    private Text body;
    private Label status;
    private Table proposals;
    private Button submit;

    ContributeDialog(Shell parent, KnowledgeService knowledge, KnowledgeService.Article edited) {
        super(parent);
        this.knowledge = knowledge;
        this.edited = edited;
        setShellStyle(getShellStyle() | SWT.RESIZE);
        setBlockOnOpen(false);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(edited == null ? Messages.contributeNew : NLS.bind(Messages.contributeEdit, edited.title()));
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(area);
        DialogHeading.add(area);
        title = field(area, TITLE, Messages.proposalTitle, SWT.BORDER);
        tags = field(area, TAGS, Messages.proposalTags, SWT.BORDER);
        tags.setMessage(Messages.proposalTagsHint);
        body = field(area, BODY, Messages.proposalBody, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
        GridDataFactory.fillDefaults().grab(true, true).hint(460, 160).applyTo(body);
        if (edited != null) {
            title.setText(edited.title());
            tags.setText(String.join(", ", edited.tags()));
            body.setText(edited.markdown());
        }
        status = Accessibility.tagged(new Label(area, SWT.WRAP), STATUS, Messages.contribute);
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1).hint(300, SWT.DEFAULT).applyTo(status);

        Label mine = new Label(area, SWT.NONE);
        mine.setText(Messages.yourProposals);
        GridDataFactory.fillDefaults().span(2, 1).applyTo(mine);
        proposals = Accessibility.tagged(new Table(area, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE), PROPOSALS,
                Messages.yourProposals);
        proposals.setHeaderVisible(true);
        for (String column : List.of(Messages.columnTitle, Messages.columnState, Messages.columnNote)) {
            TableColumn c = new TableColumn(proposals, SWT.NONE);
            c.setText(column);
            c.setWidth(column.equals(Messages.columnTitle) ? 220 : 110);
        }
        GridDataFactory.fillDefaults().grab(true, true).span(2, 1).hint(460, 110).applyTo(proposals);
        refresh();
        return area;
    }

    private Text field(Composite area, String id, String label, int style) {
        Label l = new Label(area, SWT.NONE);
        l.setText(label);
        GridDataFactory.swtDefaults().align(SWT.BEGINNING, SWT.BEGINNING).applyTo(l);
        Text t = Accessibility.tagged(new Text(area, style), id, label.replace("&", ""));
        GridDataFactory.fillDefaults().grab(true, false).applyTo(t);
        return t;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        submit = createButton(parent, IDialogConstants.OK_ID, Messages.submit, true);
        Accessibility.tagged(submit, SUBMIT, Messages.submit);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CLOSE_LABEL, false);
    }

    /** Submit sends the proposal and keeps the dialog open, the list showing it pending. */
    @Override
    protected void okPressed() {
        List<String> tagList = Arrays.stream(tags.getText().split(",")).map(t -> t.strip().toLowerCase(Locale.ROOT)
                .replaceAll("\\s+", "-")).filter(t -> !t.isEmpty()).toList();
        submit.setEnabled(false);
        say(Messages.sending);
        whenDone(knowledge.propose(edited == null ? null : edited.id(), title.getText(), body.getText(), tagList),
                p -> {
                    submit.setEnabled(true);
                    say(NLS.bind(Messages.proposed, p.title()));
                    if (edited == null) {
                        title.setText("");
                        tags.setText("");
                        body.setText("");
                    }
                    refresh();
                }, () -> submit.setEnabled(true));
    }

    private void refresh() {
        whenDone(knowledge.proposals(), list -> {
            proposals.removeAll();
            for (KnowledgeService.Proposal p : list) {
                TableItem item = new TableItem(proposals, SWT.NONE);
                item.setText(new String[] { p.title(), state(p.state()), p.reviewNote() == null ? "" : p.reviewNote() });
            }
        }, () -> {
        });
    }

    private static String state(KnowledgeService.ReviewState state) {
        return switch (state) {
            case PENDING -> Messages.statePending;
            case PUBLISHED -> Messages.statePublished;
            case REJECTED -> Messages.stateRejected;
        };
    }

    private <T> void whenDone(CompletionStage<T> stage, Consumer<T> done, Runnable failed) {
        Shell shell = getParentShell();
        stage.whenComplete((value, error) -> {
            if (shell.isDisposed()) {
                return;
            }
            shell.getDisplay().asyncExec(() -> {
                if (status == null || status.isDisposed()) {
                    return;
                }
                if (error != null) {
                    Throwable cause = error.getCause() != null ? error.getCause() : error;
                    say(NLS.bind(Messages.contributeFailed, cause.getMessage()));
                    failed.run();
                } else {
                    done.accept(value);
                }
            });
        });
    }

    private void say(String text) {
        status.setText(text);
        status.getParent().layout(true, true);
    }
}
