package org.switchboard.core.chat;

import java.time.Instant;
import java.util.Optional;

import org.switchboard.core.internal.Require;

/** One entry of a chat transcript; customers of mobile chats may send pictures. */
public record ChatMessage(String from, Instant at, String text, Optional<Attachment> attachment) {

    public ChatMessage {
        Require.text(from, "sender");
        Require.present(at, "time");
        text = text == null ? "" : text;
        Require.present(attachment, "attachment");
    }
}
