package org.switchboard.chat.ui.internal;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.switchboard.connector.ChatDetails;
import org.switchboard.connector.InteractionInfo;
import org.switchboard.ui.Accessibility;
import org.switchboard.ui.WidgetIds;

/**
 * The transcript of a chat tab, with the customer's pictures as thumbnails. Lines are shown by
 * their position in the server's transcript, so a transcript sent again after a reconnection adds
 * only what is new.
 */
final class ChatTranscript {

    /** What the transcript tells its tab. */
    interface Listener {
        /** The customer wrote a line. */
        void customerSpoke();

        void loadPicture(ChatDetails.Picture picture);

        /** A picture is not shown; {@code reason} says why. */
        void pictureRefused(String reason);
    }

    private final ScrolledComposite scroller;
    private final Composite lines;
    private final Function<String, String> id;
    private final String agentId;
    private final Supplier<InteractionInfo> chat;
    private final Supplier<ChatDetails> details;
    private final Listener listener;
    private final Map<Integer, Composite> pictureSlots = new HashMap<>();
    private final Set<Integer> requested = new HashSet<>();
    private final Map<Integer, Image> thumbnails = new HashMap<>();
    private String customerId;
    private int rendered;
    /** The transcript's width when last laid out, and how many of its controls were measured then. */
    private int laidOutWidth = -1;
    private int measured;

    ChatTranscript(Composite parent, Function<String, String> id, String agentId, Supplier<InteractionInfo> chat,
            Supplier<ChatDetails> details, Listener listener) {
        this.id = id;
        this.agentId = agentId;
        this.chat = chat;
        this.details = details;
        this.listener = listener;
        scroller = WidgetIds.tag(new ScrolledComposite(parent, SWT.V_SCROLL | SWT.BORDER), id.apply("transcript"));
        scroller.setExpandHorizontal(true);
        scroller.setExpandVertical(true);
        scroller.setBackground(parent.getDisplay().getSystemColor(SWT.COLOR_LIST_BACKGROUND));
        GridDataFactory.fillDefaults().grab(true, true).hint(300, 200).applyTo(scroller);
        lines = new Composite(scroller, SWT.NONE);
        lines.setBackground(scroller.getBackground());
        GridLayoutFactory.swtDefaults().margins(6, 6).spacing(0, 4).applyTo(lines);
        scroller.setContent(lines);
        scroller.addListener(SWT.Resize, e -> fit(false));
    }

    /** The tab around it was laid out again: every line is measured anew next time. */
    void invalidateLayout() {
        laidOutWidth = -1;
    }

    void append(List<InteractionInfo.TranscriptLine> transcript) {
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
        for (int n = rendered; n < transcript.size(); n++) {
            InteractionInfo.TranscriptLine line = transcript.get(n);
            ChatDetails.Picture picture = pictureOn(n);
            String text = picture == null ? line.text() : NLS.bind(Messages.linePicture, picture.fileName());
            Text shown = Accessibility.tagged(new Text(lines, SWT.READ_ONLY | SWT.WRAP | SWT.MULTI),
                    id.apply("line." + n), "Message");
            shown.setText(ChatTexts.line(new InteractionInfo.TranscriptLine(line.from(), line.at(), text), agentId,
                    customerId, ChatTexts.customer(chat.get())));
            shown.setBackground(lines.getBackground());
            if (agentId.equals(line.from())) {
                shown.setForeground(lines.getDisplay().getSystemColor(SWT.COLOR_LINK_FOREGROUND));
            } else {
                listener.customerSpoke();
            }
            GridDataFactory.fillDefaults().grab(true, false).applyTo(shown);
            if (picture != null) {
                pictureSlot(picture);
            }
        }
        rendered = transcript.size();
        fit(true);
    }

    private ChatDetails.Picture pictureOn(int line) {
        ChatDetails d = details.get();
        if (d == null) {
            return null;
        }
        return d.pictures().stream().filter(p -> p.line() == line).findFirst().orElse(null);
    }

    private void pictureSlot(ChatDetails.Picture picture) {
        Composite slot = WidgetIds.tag(new Composite(lines, SWT.NONE), id.apply("picture." + picture.index()));
        slot.setBackground(lines.getBackground());
        GridLayoutFactory.fillDefaults().applyTo(slot);
        GridDataFactory.fillDefaults().indent(16, 0).applyTo(slot);
        Label loading = Accessibility.tagged(new Label(slot, SWT.NONE),
                id.apply("picture." + picture.index() + ".status"), "Picture");
        loading.setBackground(lines.getBackground());
        loading.setText(NLS.bind(Messages.pictureLoading, picture.fileName()));
        pictureSlots.put(picture.index(), slot);
        if (requested.add(picture.index())) {
            listener.loadPicture(picture);
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
        String part = "picture." + picture.index();
        switch (outcome) {
            case Pictures.Outcome.Shown shown -> {
                Image image = new Image(slot.getDisplay(), shown.picture().thumbnail());
                thumbnails.put(picture.index(), image);
                Button thumb = Accessibility.tagged(new Button(slot, SWT.PUSH | SWT.FLAT), id.apply(part + ".open"),
                        NLS.bind(Messages.pictureOpen, picture.fileName()));
                thumb.setImage(image);
                thumb.setToolTipText(NLS.bind(Messages.pictureOpen, picture.fileName()) + " (" + shown.picture().width()
                        + " x " + shown.picture().height() + ")");
                thumb.addListener(SWT.Selection, e -> open.run());
            }
            case Pictures.Outcome.Refused refused -> {
                Label why = Accessibility.tagged(new Label(slot, SWT.WRAP), id.apply(part + ".status"), "Picture");
                why.setBackground(lines.getBackground());
                why.setForeground(slot.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
                String reason = NLS.bind(Messages.pictureRefused, picture.fileName(), refused.reason());
                why.setText(reason.replace("&", "&&"));
                listener.pictureRefused(reason);
            }
        }
        laidOutWidth = -1;
        fit(true);
    }

    /**
     * Sizes the transcript to its lines. Lines already measured at this width keep their size: only
     * the ones added since are measured, so a long chat costs no more per message than a short one.
     */
    private void fit(boolean toBottom) {
        if (scroller.isDisposed()) {
            return;
        }
        int width = Math.max(100, scroller.getClientArea().width);
        Control[] children = lines.getChildren();
        if (width != laidOutWidth || children.length < measured) {
            lines.layout(true, true);
        } else if (children.length > measured) {
            lines.layout(Arrays.copyOfRange(children, measured, children.length));
        }
        laidOutWidth = width;
        measured = children.length;
        scroller.setMinSize(lines.computeSize(width, SWT.DEFAULT, false));
        if (toBottom) {
            scroller.setOrigin(0, Math.max(0, lines.getSize().y));
        }
    }

    /** Frees the thumbnails' images. */
    void dispose() {
        thumbnails.values().forEach(Image::dispose);
        thumbnails.clear();
    }
}
