package org.switchboard.connector;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import org.switchboard.core.Channel;

/**
 * An interaction as the agent sees it, as the server last described it.
 *
 * @param state          a voice call's phase or a chat's state, as the server names it
 * @param allowedActions the actions the agent may take now
 * @param wrapUpOwed     the interaction ended and waits for the agent's wrap-up
 * @param callData       call variables; secure values arrive masked
 * @param transcript     a chat's messages, oldest first; empty for calls
 * @param recording      a call's recording: {@code OFF}, {@code RECORDING} or {@code PAUSED}; null when the
 *                       server does not say
 * @param recordingResumesAt when a paused recording resumes by itself (the privacy shield); null when the
 *                       server does not say or it stays paused until resumed
 */
public record InteractionInfo(String id, Channel channel, String queueId, String state, String callerName,
        String callerNumber, List<String> allowedActions, boolean wrapUpOwed, List<CallVariable> callData,
        List<TranscriptLine> transcript, String recording, Instant recordingResumesAt) {

    /** An interaction whose recording the server does not describe. */
    public InteractionInfo(String id, Channel channel, String queueId, String state, String callerName,
            String callerNumber, List<String> allowedActions, boolean wrapUpOwed, List<CallVariable> callData,
            List<TranscriptLine> transcript) {
        this(id, channel, queueId, state, callerName, callerNumber, allowedActions, wrapUpOwed, callData, transcript,
                null, null);
    }

    public InteractionInfo {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(state, "state");
        allowedActions = List.copyOf(allowedActions);
        callData = List.copyOf(callData);
        transcript = List.copyOf(transcript);
    }

    /**
     * @param secure  the value is masked and may not be shown in clear
     * @param type    {@code TEXT}, {@code NUMBER}, {@code BOOLEAN} or {@code DATE_TIME} (ISO 8601)
     * @param version how many times the value was saved; an edit names the version it started from
     */
    public record CallVariable(String name, String label, String value, boolean editable, boolean secure, String type,
            long version) {

        /** The longest value the server takes. */
        public static final int MAX_LENGTH = 256;

        public CallVariable {
            type = type == null ? "TEXT" : type;
        }

        /** A text variable at its first version. */
        public CallVariable(String name, String label, String value, boolean editable, boolean secure) {
            this(name, label, value, editable, secure, "TEXT", 0);
        }
    }

    public record TranscriptLine(String from, Instant at, String text) {
    }
}
