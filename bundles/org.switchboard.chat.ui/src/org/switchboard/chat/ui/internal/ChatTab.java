package org.switchboard.chat.ui.internal;

import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.switchboard.connector.ChatDetails;
import org.switchboard.connector.InteractionInfo;
import org.switchboard.core.chat.ChatAction;
import org.switchboard.ui.Accessibility;
import org.switchboard.ui.FocusKeeper;
import org.switchboard.ui.TabLeaves;
import org.switchboard.ui.WidgetIds;
import org.switchboard.ui.reply.ReplyTarget;

/**
 * One chat in its own tab: the customer and the chat's state, the mobile contact
 * ({@link ChatContactArea}), the transcript with the customer's pictures ({@link ChatTranscript}),
 * and the message box with the chat's actions.
 */
final class ChatTab implements ReplyTarget {

    static final String CALL_CUSTOMER = "CALL_CUSTOMER";
    /**
     * How long "typing" stays without news: customers' applications repeat it every few seconds
     * while the customer types, and say nothing when the customer simply stops.
     */
    static final int TYPING_SHOWN_MILLIS = 6_000;

    /** What the tab's controls ask of the view. */
    interface Actions {
        void send(ChatTab tab, String text);

        void act(InteractionInfo chat, ChatAction action);

        void transfer(InteractionInfo chat);

        void wrapUp(InteractionInfo chat);

        void callCustomer(InteractionInfo chat);

        void canned(ChatTab tab);

        void openMap(ChatDetails.Location location);

        void loadPicture(ChatTab tab, ChatDetails.Picture picture);

        /** The agent put the caret in the tab's message box. */
        void writing(ChatTab tab);
    }

    private final CTabItem item;
    private final Composite root;
    private boolean online = true;
    private final Label customer;
    private final Label state;
    private final ChatContactArea contact;
    private final Label notice;
    private final Label typing;
    /** Clears the typing indicator after {@link #TYPING_SHOWN_MILLIS} without another typing event. */
    private final Runnable typingOver = () -> customerTyping(false);
    private final ChatTranscript transcript;
    private final Text input;
    private final Label counter;
    private final Button send;
    private final Button canned;
    private final Button transfer;
    private final Button end;
    private final Button wrapUp;
    private final Actions actions;
    private final String agentId;
    private InteractionInfo chat;
    private int unread;

    ChatTab(CTabFolder folder, InteractionInfo chat, String agentId, Actions actions) {
        this.chat = chat;
        this.agentId = agentId;
        this.actions = actions;
        item = new CTabItem(folder, SWT.NONE);
        root = WidgetIds.tag(new Composite(folder, SWT.NONE), id("tab"));
        item.setControl(root);
        GridLayoutFactory.swtDefaults().margins(8, 8).spacing(6, 6).applyTo(root);

        Composite header = new Composite(root, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).applyTo(header);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(header);
        customer = Accessibility.tagged(new Label(header, SWT.NONE), id("customer"), Messages.customerUnknown);
        customer.setFont(JFaceResources.getBannerFont());
        GridDataFactory.fillDefaults().grab(true, false).applyTo(customer);
        state = Accessibility.tagged(new Label(header, SWT.RIGHT), id("state"), "Chat state");
        GridDataFactory.fillDefaults().hint(160, SWT.DEFAULT).applyTo(state);

        contact = new ChatContactArea(root, this::id, this::chat, actions);

        notice = Accessibility.tagged(new Label(root, SWT.WRAP), id("notice"), "Chat notice");
        notice.setForeground(root.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
        GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).exclude(true).applyTo(notice);
        notice.setVisible(false);

        transcript = new ChatTranscript(root, this::id, agentId, this::chat, contact::details,
                new ChatTranscript.Listener() {
                    @Override
                    public void customerSpoke() {
                        customerTyping(false);
                        if (item.getParent().getSelection() != item) {
                            unread++;
                        }
                    }

                    @Override
                    public void loadPicture(ChatDetails.Picture picture) {
                        actions.loadPicture(ChatTab.this, picture);
                    }

                    @Override
                    public void pictureRefused(String reason) {
                        say(reason);
                    }
                });

        typing = Accessibility.tagged(new Label(root, SWT.NONE), id("typing"), "Customer typing");
        typing.setForeground(root.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
        GridDataFactory.fillDefaults().grab(true, false).applyTo(typing);

        Composite compose = new Composite(root, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).applyTo(compose);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(compose);
        Label inputName = new Label(compose, SWT.NONE);
        inputName.setText(Messages.inputLabel + ":");
        GridDataFactory.fillDefaults().span(2, 1).applyTo(inputName);
        input = Accessibility.tagged(new Text(compose, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL), id("input"),
                Messages.inputLabel);
        input.setMessage(Messages.inputHint);
        GridDataFactory.fillDefaults().grab(true, false).hint(200, 54).applyTo(input);
        send = button(compose, "send", Messages.send, () -> actions.send(this, input.getText()));
        GridDataFactory.fillDefaults().align(SWT.FILL, SWT.FILL).applyTo(send);
        counter = Accessibility.tagged(new Label(compose, SWT.NONE), id("counter"), "Characters");
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(counter);
        input.addListener(SWT.Modify, e -> count());
        input.addListener(SWT.FocusIn, e -> actions.writing(this));
        input.addListener(SWT.KeyDown, e -> {
            if (e.character == SWT.CR && (e.stateMask & SWT.MOD1) != 0) {
                e.doit = false;
                if (send.isEnabled()) {
                    actions.send(this, input.getText());
                }
            }
        });
        TabLeaves.text(input);

        Composite buttons = new Composite(root, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(4).applyTo(buttons);
        canned = button(buttons, "canned", Messages.canned, () -> actions.canned(this));
        transfer = button(buttons, "transfer", Messages.transfer, () -> actions.transfer(this.chat));
        end = button(buttons, "end", Messages.end, () -> actions.act(this.chat, ChatAction.END));
        wrapUp = button(buttons, "wrapup", Messages.wrapUp, () -> actions.wrapUp(this.chat));
        count();
        update(chat, null);
    }

    private String id(String part) {
        return id(chat.id(), part);
    }

    /** The widget id of a part of the tab of {@code interactionId}: chat.&lt;id&gt;.send and so on. */
    static String id(String interactionId, String part) {
        return "chat." + interactionId + "." + part;
    }

    private Button button(Composite parent, String part, String label, Runnable action) {
        Button b = Accessibility.tagged(new Button(parent, SWT.PUSH), id(part), Messages.plain(label));
        b.setText(label);
        b.addListener(SWT.Selection, e -> action.run());
        return b;
    }

    InteractionInfo chat() {
        return chat;
    }

    String agentId() {
        return agentId;
    }

    CTabItem item() {
        return item;
    }

    /**
     * While the contact center cannot be reached nothing can be sent or done on the chat; the reply
     * field stays open so what the agent is typing is kept.
     */
    void setOnline(boolean reachable) {
        online = reachable;
    }

    void update(InteractionInfo latest, ChatDetails latestDetails) {
        chat = latest;
        String customerText = ChatTexts.customer(latest).replace("&", "&&");
        String stateText = ChatTexts.state(latest);
        boolean chromeChanged = !customerText.equals(customer.getText()) || !stateText.equals(state.getText())
                || wrapUp.getVisible() != latest.wrapUpOwed();
        customer.setText(customerText);
        state.setText(stateText);
        boolean active = ChatTexts.allows(latest, ChatAction.SEND);
        input.setEnabled(active);
        send.setEnabled(active && online);
        canned.setEnabled(active);
        transfer.setEnabled(online && ChatTexts.allows(latest, ChatAction.TRANSFER));
        end.setEnabled(online && ChatTexts.allows(latest, ChatAction.END));
        wrapUp.setVisible(latest.wrapUpOwed());
        wrapUp.setEnabled(latest.wrapUpOwed());
        chromeChanged |= contact.update(latestDetails);
        if (chromeChanged) {
            root.layout(true, true);
            transcript.invalidateLayout();
        }
        transcript.append(latest.transcript());
        title();
    }

    /**
     * Shows or clears "... is typing": shown until the customer's next message, a stop, or
     * {@link #TYPING_SHOWN_MILLIS} without another typing event.
     */
    void customerTyping(boolean now) {
        if (typing.isDisposed()) {
            return;
        }
        typing.getDisplay().timerExec(-1, typingOver);
        String text = now ? NLS.bind(Messages.customerTyping, ChatTexts.customer(chat)).replace("&", "&&") : "";
        if (now) {
            typing.getDisplay().timerExec(TYPING_SHOWN_MILLIS, typingOver);
        }
        if (!text.equals(typing.getText())) {
            typing.setText(text);
            typing.getParent().layout(new Control[] {typing});
        }
    }

    /** Puts the loaded picture in its place, or says why it was refused. */
    void pictureLoaded(ChatDetails.Picture picture, Pictures.Outcome outcome, Runnable open) {
        transcript.pictureLoaded(picture, outcome, open);
    }

    void selected() {
        unread = 0;
        title();
    }

    private void title() {
        String name = ChatTexts.customer(chat).replace("&", "&&");
        item.setText(unread == 0 ? name : NLS.bind(Messages.tabUnread, name, unread));
    }

    /** Shows what the agent should know about this chat. */
    void say(String text) {
        if (!notice.isDisposed()) {
            String shown = text == null ? "" : text.replace("&", "&&");
            if (!shown.equals(notice.getText())) {
                notice.setText(shown);
                ((GridData) notice.getLayoutData()).exclude = shown.isEmpty();
                notice.setVisible(!shown.isEmpty());
                root.layout(true, true);
                transcript.invalidateLayout();
            }
        }
    }

    /** Empties the message box after a send; the text stays when it was refused. */
    void sent() {
        input.setText("");
    }

    String typed() {
        return input.getText();
    }

    /** Puts {@code text} at the caret of the message box; false once the chat can no longer be written to. */
    @Override
    public boolean insert(String text) {
        if (input.isDisposed() || !input.getEditable() || !input.isEnabled()) {
            return false;
        }
        input.insert(text);
        input.setFocus();
        return true;
    }

    @Override
    public String interactionId() {
        return chat.id();
    }

    @Override
    public String label() {
        return NLS.bind(Messages.replyTargetLabel, ChatTexts.customer(chat));
    }

    /** The customer's lines since the agent last wrote. */
    @Override
    public String customerText() {
        List<InteractionInfo.TranscriptLine> lines = chat.transcript();
        StringBuilder text = new StringBuilder();
        for (int n = lines.size() - 1; n >= 0 && !agentId.equals(lines.get(n).from()); n--) {
            text.insert(0, lines.get(n).text() + "\n");
        }
        return text.toString().strip();
    }

    /** Puts a refused message back if nothing was typed since. */
    void restore(String text) {
        if (!input.isDisposed() && input.getText().isEmpty()) {
            input.setText(text);
        }
    }

    private void count() {
        int n = input.getText().length();
        counter.setText(NLS.bind(Messages.counter, n, ChatTexts.MAX_MESSAGE));
        counter.setForeground(n > ChatTexts.MAX_MESSAGE ? counter.getDisplay().getSystemColor(SWT.COLOR_DARK_RED) : null);
    }

    /** Disposes the tab; a focus inside it moves to {@code staying} first, so the window keeps one. */
    void dispose(Control staying) {
        if (!root.isDisposed()) {
            root.getDisplay().timerExec(-1, typingOver);
        }
        transcript.dispose();
        FocusKeeper.dispose(root, staying);
        item.dispose();
    }
}
