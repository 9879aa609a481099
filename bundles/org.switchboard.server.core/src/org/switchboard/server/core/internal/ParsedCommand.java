package org.switchboard.server.core.internal;

import java.util.Map;
import java.util.Optional;

import org.switchboard.core.chat.ChatAction;
import org.switchboard.core.chat.ChatTransferTarget;
import org.switchboard.core.voice.CallAction;
import org.switchboard.core.voice.CallParams;
import org.switchboard.core.wrapup.WrapUp;

/** A command a channel handler parsed: the core's action with checked parameters. */
sealed interface ParsedCommand {

    /** The wrap-up this command applies, if it is a WRAP_UP. */
    default Optional<WrapUp> wrappingUp() {
        return Optional.empty();
    }

    record Voice(CallAction action, CallParams params) implements ParsedCommand {
        @Override
        public Optional<WrapUp> wrappingUp() {
            return params.wrapUp();
        }
    }

    /** A chat action; for WRAP_UP {@code action} is null and {@code wrapUp} is set. */
    record Chat(ChatAction action, String text, WrapUp wrapUp, ChatTransferTarget target) implements ParsedCommand {
        @Override
        public Optional<WrapUp> wrappingUp() {
            return Optional.ofNullable(wrapUp);
        }
    }

    /** @param version the version every value's edit started from, or null: the version each was last shown */
    record EditCad(Map<String, String> values, Long version) implements ParsedCommand {
    }

    /** On a mobile chat: call the customer at the number the mobile application gave. */
    record CallCustomer() implements ParsedCommand {
    }

    /**
     * An email action (see {@link EmailHandler}): {@code text} for REPLY and SAVE_DRAFT, {@code wrapUp}
     * for WRAP_UP, {@code target} for TRANSFER.
     */
    record Email(String action, String text, WrapUp wrapUp, org.switchboard.server.core.TargetSpec target)
            implements ParsedCommand {
        @Override
        public Optional<WrapUp> wrappingUp() {
            return Optional.ofNullable(wrapUp);
        }
    }

    /** On a web callback whose customer is being dialled: cancel it. */
    record CancelCallback() implements ParsedCommand {
    }
}
