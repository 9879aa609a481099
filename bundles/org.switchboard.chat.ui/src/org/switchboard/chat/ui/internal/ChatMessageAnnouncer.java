package org.switchboard.chat.ui.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.switchboard.connector.InteractionInfo;
import org.switchboard.ui.Announcer;
import org.switchboard.ui.popover.Popovers;

/**
 * Tells the agent of each customer message that arrives in an accepted chat: read out by screen
 * readers and shown in the agent-state bar, and when the window is not focused, a sound and a
 * desktop notification. Messages already there when the chat's tab opened are not announced again.
 */
final class ChatMessageAnnouncer {

    private final Shell window;
    private final Announcer announcer;
    private final Map<String, Integer> heard = new HashMap<>();

    ChatMessageAnnouncer(Shell window, Announcer announcer) {
        this.window = window;
        this.announcer = announcer;
    }

    /** Called with each update of a chat that has a tab. */
    void update(InteractionInfo chat, String agentId) {
        List<InteractionInfo.TranscriptLine> transcript = chat.transcript();
        Integer before = heard.put(chat.id(), transcript.size());
        if (before == null || window.isDisposed()) {
            return;
        }
        String customer = ChatTexts.customer(chat);
        for (int n = before; n < transcript.size(); n++) {
            InteractionInfo.TranscriptLine line = transcript.get(n);
            if (agentId.equals(line.from())) {
                continue;
            }
            String text = line.text() == null || line.text().isBlank() ? Messages.newPicture
                    : line.text();
            announcer.announce(NLS.bind(Messages.newMessage, customer, text));
            Popovers.alertIfAway(window, NLS.bind(Messages.newMessageTitle, customer), text);
        }
    }

    void forget(String chatId) {
        heard.remove(chatId);
    }
}
