package org.switchboard.server.core.internal;

import org.switchboard.core.chat.ChatMessage;
import org.switchboard.server.core.ChatLine;

final class ChatLines {

    private ChatLines() {
    }

    static ChatLine of(ChatMessage m) {
        return new ChatLine(m.from(), m.at(), m.text());
    }
}
