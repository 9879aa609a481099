package org.switchboard.email.ui.internal;

import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.switchboard.connector.EmailDetails;
import org.switchboard.connector.InteractionInfo;
import org.switchboard.ui.Accessibility;
import org.switchboard.ui.reply.ReplyTarget;

/**
 * The email being worked on: its subject and case, the case's thread, the selected message in the
 * reading pane (as text: nothing of the message is rendered as markup), and the reply editor with
 * Send, Save draft and Close without reply.
 */
final class EmailWorkArea implements ReplyTarget {

    static final String SUBJECT = "email.subject";
    static final String THREAD = "email.thread";
    static final String READING = "email.reading";
    static final String REPLY = "email.reply";
    static final String SEND = "email.send";
    static final String DRAFT = "email.draft";
    static final String CLOSE = "email.close";

    /** What the area's buttons do for the email shown. */
    interface Actions {
        void send(InteractionInfo email, String text);

        void saveDraft(InteractionInfo email, String text);

        void closeWithoutReply(InteractionInfo email);
    }

    private final Composite area;
    private final Label subject;
    private final org.eclipse.swt.widgets.List thread;
    private final StyledText reading;
    private final Text reply;
    private final Button send;
    private final Button draft;
    private final Button close;
    private InteractionInfo email;
    private EmailDetails details;

    EmailWorkArea(Composite parent, Actions actions) {
        area = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().applyTo(area);
        subject = Accessibility.tagged(new Label(area, SWT.WRAP), SUBJECT, Messages.columnSubject);
        subject.setFont(JFaceResources.getBannerFont());
        GridDataFactory.fillDefaults().grab(true, false).hint(300, SWT.DEFAULT).applyTo(subject);
        SashForm sash = new SashForm(area, SWT.VERTICAL);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(sash);
        thread = Accessibility.tagged(new org.eclipse.swt.widgets.List(sash, SWT.BORDER | SWT.SINGLE | SWT.V_SCROLL),
                THREAD, Messages.thread);
        thread.addListener(SWT.Selection, e -> showMessage(thread.getSelectionIndex()));
        reading = Accessibility.tagged(new StyledText(sash, SWT.BORDER | SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL),
                READING, Messages.reading);
        Composite editor = new Composite(sash, SWT.NONE);
        GridLayoutFactory.fillDefaults().applyTo(editor);
        Label replyLabel = new Label(editor, SWT.NONE);
        replyLabel.setText(Messages.replyLabel);
        reply = Accessibility.tagged(new Text(editor, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL), REPLY,
                Messages.replyLabel);
        GridDataFactory.fillDefaults().grab(true, true).hint(200, 80).applyTo(reply);
        // the buttons wrap onto a second line in a narrow view instead of being cut
        Composite buttons = new Composite(editor, SWT.NONE);
        RowLayout row = new RowLayout(SWT.HORIZONTAL);
        row.marginLeft = row.marginRight = row.marginTop = row.marginBottom = 0;
        row.wrap = true;
        buttons.setLayout(row);
        GridDataFactory.fillDefaults().grab(true, false).hint(1, SWT.DEFAULT).applyTo(buttons);
        send = button(buttons, SEND, Messages.send, () -> actions.send(email, reply.getText()));
        draft = button(buttons, DRAFT, Messages.saveDraft, () -> actions.saveDraft(email, reply.getText()));
        close = button(buttons, CLOSE, Messages.closeWithoutReply, () -> actions.closeWithoutReply(email));
        sash.setWeights(2, 4, 3);
    }

    private static Button button(Composite parent, String id, String text, Runnable action) {
        Button b = Accessibility.tagged(new Button(parent, SWT.PUSH), id, text.replace("&", ""));
        b.setText(text);
        b.addListener(SWT.Selection, e -> action.run());
        return b;
    }

    Composite control() {
        return area;
    }

    InteractionInfo email() {
        return email;
    }

    /** Called when the agent puts the caret in the reply. */
    void onReplyFocus(Runnable focused) {
        reply.addListener(SWT.FocusIn, e -> focused.run());
    }

    /** Called on each change the agent makes to the reply. */
    void onTyping(Runnable typed) {
        reply.addListener(SWT.Modify, e -> typed.run());
    }

    String replyText() {
        return reply.getText();
    }

    /** Shows the email; a new one starts its reply from its saved draft, if any. */
    void show(InteractionInfo next, EmailDetails nextDetails) {
        boolean other = email == null || !email.id().equals(next.id());
        email = next;
        details = nextDetails;
        subject.setText(nextDetails == null ? EmailTexts.customer(next)
                : (nextDetails.subject() + "  " + nextDetails.token() + "  —  " + EmailTexts.customer(next))
                        .replace("&", "&&"));
        List<EmailDetails.Message> messages = nextDetails == null ? List.of() : nextDetails.messages();
        int selected = thread.getSelectionIndex();
        thread.setItems(messages.stream().map(EmailTexts::line).toArray(String[]::new));
        int show = other || selected < 0 || selected >= messages.size() ? lastInbound(messages) : selected;
        if (show >= 0) {
            thread.select(show);
        }
        showMessage(show);
        if (other) {
            reply.setText(nextDetails == null || nextDetails.draft() == null ? "" : nextDetails.draft());
        }
        send.setEnabled(EmailTexts.allows(next, "REPLY"));
        draft.setEnabled(EmailTexts.allows(next, "SAVE_DRAFT"));
        close.setEnabled(EmailTexts.allows(next, "CLOSE_WITHOUT_REPLY"));
        reply.setEditable(EmailTexts.allows(next, "REPLY"));
        area.layout(true, true);
    }

    private static int lastInbound(List<EmailDetails.Message> messages) {
        for (int n = messages.size() - 1; n >= 0; n--) {
            if (messages.get(n).direction() == EmailDetails.Direction.INBOUND) {
                return n;
            }
        }
        return messages.size() - 1;
    }

    private void showMessage(int index) {
        List<EmailDetails.Message> messages = details == null ? List.of() : details.messages();
        reading.setText(index >= 0 && index < messages.size() ? EmailTexts.reading(messages.get(index)) : "");
    }

    /** The reply was handed to the connector: the editor empties (a refusal brings it back). */
    void replied() {
        reply.setText("");
    }

    void restore(String text) {
        if (reply.getText().isEmpty()) {
            reply.setText(text);
        }
    }

    @Override
    public String interactionId() {
        return email == null ? "" : email.id();
    }

    @Override
    public String label() {
        return email == null ? "" : NLS.bind(Messages.replyTargetLabel, EmailTexts.customer(email));
    }

    /** The text of the customer's latest message. */
    @Override
    public String customerText() {
        List<EmailDetails.Message> messages = details == null ? List.of() : details.messages();
        int last = lastInbound(messages);
        return last < 0 || messages.get(last).text() == null ? "" : messages.get(last).text();
    }

    /** Puts {@code text} at the caret of the reply; false while no email that may be answered is shown. */
    @Override
    public boolean insert(String text) {
        if (email == null || reply.isDisposed() || !reply.getEditable()) {
            return false;
        }
        reply.insert(text);
        reply.setFocus();
        return true;
    }

    void clear() {
        email = null;
        details = null;
        subject.setText("");
        thread.removeAll();
        reading.setText("");
        reply.setText("");
    }
}
