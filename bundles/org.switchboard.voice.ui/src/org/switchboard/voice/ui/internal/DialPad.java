package org.switchboard.voice.ui.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.switchboard.connector.InteractionInfo;
import org.switchboard.core.voice.CallAction;
import org.switchboard.ui.Accessibility;
import org.switchboard.ui.WidgetIds;

/**
 * The dial pad: each key sends its tone (DTMF) to the connected call, enabled while the server allows
 * the agent to send tones on one of its calls. The tones sent on the current call are shown beneath.
 */
final class DialPad {

    static final String PREFIX = "voice.dtmf.";
    static final String SENT = "voice.dtmf.sent";
    private static final String KEYS = "123456789*0#";

    /** Sends the tones to the call. */
    interface Sender {
        void send(InteractionInfo call, String digit, Runnable sent);
    }

    private final List<Button> keys = new ArrayList<>();
    private final Label sent;
    private final Sender sender;
    private InteractionInfo call;
    private String callId;
    private final StringBuilder tones = new StringBuilder();

    DialPad(Composite parent, Sender sender) {
        this.sender = sender;
        Composite box = WidgetIds.tag(new Composite(parent, SWT.NONE), PREFIX + "pad");
        GridLayoutFactory.fillDefaults().numColumns(3).equalWidth(true).applyTo(box);
        GridDataFactory.fillDefaults().applyTo(box);
        for (char c : KEYS.toCharArray()) {
            String digit = String.valueOf(c);
            Button key = Accessibility.tagged(new Button(box, SWT.PUSH), PREFIX + name(c),
                    NLS.bind(Messages.dtmfKey, digit));
            key.setText(digit);
            GridDataFactory.fillDefaults().hint(36, SWT.DEFAULT).applyTo(key);
            key.addListener(SWT.Selection, e -> press(digit));
            keys.add(key);
        }
        sent = Accessibility.tagged(new Label(parent, SWT.NONE), SENT, Messages.dtmfSentName);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(sent);
        show(List.of());
    }

    /** The widget id part of a key: the digit, "star" or "hash". */
    static String name(char key) {
        return switch (key) {
            case '*' -> "star";
            case '#' -> "hash";
            default -> String.valueOf(key);
        };
    }

    void show(Collection<InteractionInfo> calls) {
        Optional<InteractionInfo> target = calls.stream()
                .filter(i -> i.allowedActions().contains(CallAction.SEND_DTMF.name())).findFirst();
        call = target.orElse(null);
        if (call == null || !call.id().equals(callId)) {
            callId = call == null ? null : call.id();
            tones.setLength(0);
            sent.setText("");
        }
        keys.forEach(k -> k.setEnabled(call != null));
    }

    private void press(String digit) {
        InteractionInfo target = call;
        if (target != null) {
            sender.send(target, digit, () -> {
                if (!sent.isDisposed() && target.id().equals(callId)) {
                    tones.append(digit);
                    sent.setText(NLS.bind(Messages.dtmfSent, tones));
                    sent.getParent().layout(true);
                }
            });
        }
    }
}
