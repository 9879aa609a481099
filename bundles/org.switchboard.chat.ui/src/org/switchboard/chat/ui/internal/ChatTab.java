package org.switchboard.chat.ui.internal;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.swt.widgets.Text;
import org.switchboard.connector.ChatDetails;
import org.switchboard.connector.InteractionInfo;
import org.switchboard.core.chat.ChatAction;
import org.switchboard.ui.Accessibility;
import org.switchboard.ui.FocusKeeper;
import org.switchboard.ui.TabLeaves;
import org.switchboard.ui.WidgetIds;

/**
 * One chat in its own tab: the customer and the chat's state, the mobile contact (phone number to
 * call, location with a map link), the transcript with the customer's pictures as thumbnails, and
 * the message box with the chat's actions. Transcript lines are shown by their position in the
 * server's transcript, so a transcript sent again after a reconnection adds only what is new.
 */
final class ChatTab {

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
    }

    private final CTabItem item;
    private final Composite root;
    private boolean online = true;
    private final Label customer;
    private final Label state;
    private final Composite contact;
    private final Label notice;
    private final Label typing;
    /** Clears the typing indicator after {@link #TYPING_SHOWN_MILLIS} without another typing event. */
    private final Runnable typingOver = () -> customerTyping(false);
    private final ScrolledComposite scroller;
    private final Composite lines;
    private final Text input;
    private final Label counter;
    private final Button send;
    private final Button canned;
    private final Button transfer;
    private final Button end;
    private final Button wrapUp;
    private final Actions actions;
    private final String agentId;
    private final Map<Integer, Composite> pictureSlots = new HashMap<>();
    private final Set<Integer> requested = new HashSet<>();
    private final Map<Integer, Image> thumbnails = new HashMap<>();
    private InteractionInfo chat;
    private ChatDetails details;
    private String customerId;
    private int rendered;
    private boolean contactShown;
    /** The transcript's width when last laid out, and how many of its controls were measured then. */
    private int laidOutWidth = -1;
    private int measured;
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

        contact = new Composite(root, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).spacing(8, 2).applyTo(contact);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(contact);

        notice = Accessibility.tagged(new Label(root, SWT.WRAP), id("notice"), "Chat notice");
        notice.setForeground(root.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
        GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).exclude(true).applyTo(notice);
        notice.setVisible(false);

        scroller = WidgetIds.tag(new ScrolledComposite(root, SWT.V_SCROLL | SWT.BORDER), id("transcript"));
        scroller.setExpandHorizontal(true);
        scroller.setExpandVertical(true);
        scroller.setBackground(root.getDisplay().getSystemColor(SWT.COLOR_LIST_BACKGROUND));
        GridDataFactory.fillDefaults().grab(true, true).hint(300, 200).applyTo(scroller);
        lines = new Composite(scroller, SWT.NONE);
        lines.setBackground(scroller.getBackground());
        GridLayoutFactory.swtDefaults().margins(6, 6).spacing(0, 4).applyTo(lines);
        scroller.setContent(lines);
        scroller.addListener(SWT.Resize, e -> fitTranscript(false));

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
        // pictures and calls change often and have their own places: the contact rows stay
        boolean contactChanged = latestDetails != null && (details == null
                || !java.util.Objects.equals(latestDetails.phoneNumber(), details.phoneNumber())
                || !java.util.Objects.equals(latestDetails.location(), details.location()));
        chat = latest;
        if (latestDetails != null) {
            details = latestDetails;
        }
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
        if (contactChanged || !contactShown) {
            showContact();
            chromeChanged = true;
        } else {
            chromeChanged |= updateCallLink();
        }
        if (chromeChanged) {
            root.layout(true, true);
            laidOutWidth = -1;
        }
        appendLines(latest.transcript());
        title();
    }

    private void showContact() {
        contactShown = true;
        for (Control c : contact.getChildren()) {
            c.dispose();
        }
        if (details != null) {
            showMobile();
        }
        // a web chat has no contact area: no empty gap above its transcript
        boolean none = contact.getChildren().length == 0;
        ((GridData) contact.getLayoutData()).exclude = none;
        contact.setVisible(!none);
    }

    private void showMobile() {
        if (details.phoneNumber() != null) {
            Composite row = row(Messages.phoneLabel);
            Link phone = Accessibility.tagged(new Link(row, SWT.NONE), id("phone"), Messages.phoneLabel);
            String number = details.phoneNumber().replaceAll("[^0-9+#*:]", "");
            phone.setText(NLS.bind(Messages.phoneLink, number));
            phone.addListener(SWT.Selection, e -> actions.callCustomer(chat));
            // The call's state goes under the number: beside it, the narrow view wrapped it word by word.
            ((GridLayout) row.getLayout()).numColumns = 1;
            Label call = Accessibility.tagged(new Label(row, SWT.WRAP), id("call"), "Calls to the customer");
            call.setForeground(row.getDisplay().getSystemColor(SWT.COLOR_LINK_FOREGROUND));
            GridDataFactory.fillDefaults().grab(true, false).hint(120, SWT.DEFAULT).exclude(true).applyTo(call);
            call.setVisible(false);
        }
        if (details.location() != null) {
            Composite row = row(Messages.locationLabel);
            Label where = Accessibility.tagged(new Label(row, SWT.WRAP), id("location"), Messages.locationLabel);
            where.setText(ChatTexts.location(details.location()));
            GridDataFactory.fillDefaults().grab(true, false).hint(120, SWT.DEFAULT).applyTo(where);
            Link map = Accessibility.tagged(new Link(row, SWT.NONE), id("map"), Messages.plain(Messages.mapLink));
            map.setText(Messages.mapLink);
            map.setToolTipText(ChatTexts.mapUrl(details.location()));
            ChatDetails.Location location = details.location();
            map.addListener(SWT.Selection, e -> actions.openMap(location));
        }
        updateCallLink();
    }

    /** A labelled row of the contact area, its content laid out left to right. */
    private Composite row(String label) {
        Label name = new Label(contact, SWT.NONE);
        name.setText(label + ":");
        GridDataFactory.swtDefaults().align(SWT.BEGINNING, SWT.BEGINNING).applyTo(name);
        Composite row = new Composite(contact, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).spacing(12, 0).applyTo(row);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(row);
        return row;
    }

    /** Answers whether the call's text changed. */
    private boolean updateCallLink() {
        boolean changed = false;
        if (details == null) {
            return changed;
        }
        for (Control c : contactControls()) {
            if (id("phone").equals(c.getData(WidgetIds.KEY))) {
                c.setEnabled(ChatTexts.allows(chat, CALL_CUSTOMER));
            } else if (id("call").equals(c.getData(WidgetIds.KEY))) {
                ChatDetails.Multimedia m = details.multimedia();
                String text = m == null || m.calls().isEmpty() ? ""
                        : m.activeCall() != null ? Messages.callInProgress
                                : NLS.bind(Messages.callsMade, m.calls().size());
                if (!text.equals(((Label) c).getText())) {
                    ((Label) c).setText(text);
                    ((GridData) c.getLayoutData()).exclude = text.isEmpty();
                    c.setVisible(!text.isEmpty());
                    changed = true;
                }
            }
        }
        return changed;
    }

    private List<Control> contactControls() {
        List<Control> all = new java.util.ArrayList<>();
        for (Control c : contact.getChildren()) {
            all.add(c);
            if (c instanceof Composite row) {
                all.addAll(List.of(row.getChildren()));
            }
        }
        return all;
    }

    private void appendLines(List<InteractionInfo.TranscriptLine> transcript) {
        if (transcript.size() < rendered) {
            // The server's transcript never shrinks; should it, show it again from the start.
            for (Control c : lines.getChildren()) {
                c.dispose();
            }
            pictureSlots.clear();
            requested.clear();
            rendered = 0;
        }
        if (transcript.size() == rendered) {
            return;
        }
        if (customerId == null) {
            customerId = ChatTexts.customerId(transcript, agentId);
        }
        boolean selected = item.getParent().getSelection() == item;
        for (int n = rendered; n < transcript.size(); n++) {
            InteractionInfo.TranscriptLine line = transcript.get(n);
            ChatDetails.Picture picture = pictureOn(n);
            String text = picture == null ? line.text() : NLS.bind(Messages.linePicture, picture.fileName());
            Text shown = Accessibility.tagged(new Text(lines, SWT.READ_ONLY | SWT.WRAP | SWT.MULTI), id("line." + n),
                    "Message");
            shown.setText(ChatTexts.line(new InteractionInfo.TranscriptLine(line.from(), line.at(), text), agentId,
                    customerId, ChatTexts.customer(chat)));
            shown.setBackground(lines.getBackground());
            if (agentId.equals(line.from())) {
                shown.setForeground(lines.getDisplay().getSystemColor(SWT.COLOR_LINK_FOREGROUND));
            } else {
                customerTyping(false);
                if (!selected) {
                    unread++;
                }
            }
            GridDataFactory.fillDefaults().grab(true, false).applyTo(shown);
            if (picture != null) {
                pictureSlot(picture);
            }
        }
        rendered = transcript.size();
        fitTranscript(true);
    }

    private ChatDetails.Picture pictureOn(int line) {
        if (details == null) {
            return null;
        }
        return details.pictures().stream().filter(p -> p.line() == line).findFirst().orElse(null);
    }

    private void pictureSlot(ChatDetails.Picture picture) {
        Composite slot = WidgetIds.tag(new Composite(lines, SWT.NONE), id("picture." + picture.index()));
        slot.setBackground(lines.getBackground());
        GridLayoutFactory.fillDefaults().applyTo(slot);
        GridDataFactory.fillDefaults().indent(16, 0).applyTo(slot);
        Label loading = Accessibility.tagged(new Label(slot, SWT.NONE), id("picture." + picture.index() + ".status"),
                "Picture");
        loading.setBackground(lines.getBackground());
        loading.setText(NLS.bind(Messages.pictureLoading, picture.fileName()));
        pictureSlots.put(picture.index(), slot);
        if (requested.add(picture.index())) {
            actions.loadPicture(this, picture);
        }
    }

    /** Puts the loaded picture in its place, or says why it was refused. */
    void pictureLoaded(ChatDetails.Picture picture, Pictures.Outcome outcome, Runnable open) {
        Composite slot = pictureSlots.get(picture.index());
        if (slot == null || slot.isDisposed()) {
            return;
        }
        for (Control c : slot.getChildren()) {
            c.dispose();
        }
        switch (outcome) {
            case Pictures.Outcome.Shown shown -> {
                Image image = new Image(slot.getDisplay(), shown.picture().thumbnail());
                thumbnails.put(picture.index(), image);
                Button thumb = Accessibility.tagged(new Button(slot, SWT.PUSH | SWT.FLAT),
                        id("picture." + picture.index() + ".open"), NLS.bind(Messages.pictureOpen, picture.fileName()));
                thumb.setImage(image);
                thumb.setToolTipText(NLS.bind(Messages.pictureOpen, picture.fileName()) + " (" + shown.picture().width()
                        + " x " + shown.picture().height() + ")");
                thumb.addListener(SWT.Selection, e -> open.run());
            }
            case Pictures.Outcome.Refused refused -> {
                Label why = Accessibility.tagged(new Label(slot, SWT.WRAP), id("picture." + picture.index() + ".status"),
                        "Picture");
                why.setBackground(lines.getBackground());
                why.setForeground(slot.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
                String reason = NLS.bind(Messages.pictureRefused, picture.fileName(), refused.reason());
                why.setText(reason.replace("&", "&&"));
                say(reason);
            }
        }
        laidOutWidth = -1;
        fitTranscript(true);
    }

    /**
     * Sizes the transcript to its lines. Lines already measured at this width keep their size: only
     * the ones added since are measured, so a long chat costs no more per message than a short one.
     */
    private void fitTranscript(boolean toBottom) {
        if (scroller.isDisposed()) {
            return;
        }
        int width = Math.max(100, scroller.getClientArea().width);
        Control[] children = lines.getChildren();
        if (width != laidOutWidth || children.length < measured) {
            lines.layout(true, true);
        } else if (children.length > measured) {
            lines.layout(java.util.Arrays.copyOfRange(children, measured, children.length));
        }
        laidOutWidth = width;
        measured = children.length;
        scroller.setMinSize(lines.computeSize(width, SWT.DEFAULT, false));
        if (toBottom) {
            scroller.setOrigin(0, Math.max(0, lines.getSize().y));
        }
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
                laidOutWidth = -1;
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

    /** Puts {@code text} at the caret of the message box. */
    void insert(String text) {
        input.insert(text);
        input.setFocus();
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
        thumbnails.values().forEach(Image::dispose);
        thumbnails.clear();
        FocusKeeper.dispose(root, staying);
        item.dispose();
    }
}
