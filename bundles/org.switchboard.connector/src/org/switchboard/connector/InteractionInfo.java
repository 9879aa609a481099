package org.switchboard.connector;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import org.switchboard.core.Channel;
import org.switchboard.core.cad.SecureValues;

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
 * @param participants   the parties of the interaction now: the customer, agent 1 and, during a consult,
 *                       conference or transfer, the other agents or numbers; empty when the server does not say
 * @param label          how the offer is labelled (for example "Callback"); null for a plain interaction
 * @param callback       what a courtesy or web callback adds; null for anything else
 */
public record InteractionInfo(String id, Channel channel, String queueId, String state, String callerName,
        String callerNumber, List<String> allowedActions, boolean wrapUpOwed, List<CallVariable> callData,
        List<TranscriptLine> transcript, String recording, Instant recordingResumesAt, List<Participant> participants,
        String label, CallbackDetails callback) {

    /** An interaction whose participants the server does not describe and that is no callback. */
    public InteractionInfo(String id, Channel channel, String queueId, String state, String callerName,
            String callerNumber, List<String> allowedActions, boolean wrapUpOwed, List<CallVariable> callData,
            List<TranscriptLine> transcript, String recording, Instant recordingResumesAt) {
        this(id, channel, queueId, state, callerName, callerNumber, allowedActions, wrapUpOwed, callData, transcript,
                recording, recordingResumesAt, List.of(), null, null);
    }

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
        participants = participants == null ? List.of() : List.copyOf(participants);
    }

    /** The first participant in {@code role}, if any. */
    public java.util.Optional<Participant> participant(Participant.Role role) {
        return participants.stream().filter(p -> p.role() == role).findFirst();
    }

    /**
     * @param secure  the value is masked and may not be shown in clear
     * @param type    {@code TEXT}, {@code NUMBER}, {@code BOOLEAN} or {@code DATE_TIME} (ISO 8601)
     * @param version how many times the value was saved; an edit names the version it started from
     * @param savedBy the agent who saved the value last; null for the value the call arrived with
     */
    public record CallVariable(String name, String label, String value, boolean editable, boolean secure, String type,
            long version, String savedBy) {

        /** The longest value the server takes. */
        public static final int MAX_LENGTH = 256;

        public CallVariable {
            type = type == null ? "TEXT" : type;
            if (secure) {
                SecureValues.remember(value);
            }
        }

        /** A variable as the call arrived with it, never saved since. */
        public CallVariable(String name, String label, String value, boolean editable, boolean secure, String type,
                long version) {
            this(name, label, value, editable, secure, type, version, null);
        }

        /** A text variable at its first version. */
        public CallVariable(String name, String label, String value, boolean editable, boolean secure) {
            this(name, label, value, editable, secure, "TEXT", 0);
        }
    }

    public record TranscriptLine(String from, Instant at, String text) {
    }

    /**
     * One party of an interaction, as the participant tables of consult and conference seat them.
     *
     * @param id    the agent's id, the customer's id, or the dialled number
     * @param held  this party is on hold (the customer during a consult, or the consulted party)
     * @param name  an agent's name; null for the customer and for numbers
     * @param dn    an agent's DN (the number of the agent's phone device), or a number party's number; null
     *              when unknown
     * @param team  the name of an agent's team; null for the customer and for numbers
     */
    public record Participant(String id, Kind kind, Role role, boolean held, boolean muted, String name, String dn,
            String team) {

        public enum Kind {
            CUSTOMER, AGENT, NUMBER,
            /** A supervisor listening in, shown where the switch makes it heard. */
            SUPERVISOR
        }

        /** The seat in the participant tables. */
        public enum Role {
            CUSTOMER,
            /** The agent handling the interaction, who consults, transfers and conferences. */
            AGENT_1,
            /** A consulted, conferenced or transferred-to agent or number. */
            AGENT_2,
            /** A supervisor heard by the agent only (whisper, or coaching). */
            WHISPERING,
            /** A supervisor heard by everyone on the call (barge-in). */
            BARGED_IN
        }

        public Participant {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(role, "role");
        }
    }

    /**
     * What a courtesy or web callback adds to its interaction: the customer is dialled when the agent
     * answers the offer.
     *
     * @param type          {@code COURTESY} (the customer chose a callback instead of waiting in the queue)
     *                      or {@code WEB} (requested from the web site or a chatbot)
     * @param number        the customer's number the agent's answer dials
     * @param dnis          the number the customer had dialled
     * @param queueName     the queue that routed the callback
     * @param state         {@code QUEUED}, {@code OFFERED}, {@code RINGING_CUSTOMER}, {@code CONNECTED},
     *                      {@code WRAP_UP} or {@code DONE}
     * @param cancelAllowed the agent may cancel now: a web callback whose customer has not answered yet, where
     *                      the administrator enabled it
     */
    public record CallbackDetails(String type, String number, String dnis, String queueName, String state,
            boolean cancelAllowed) {

        public static final String COURTESY = "COURTESY";
        public static final String WEB = "WEB";
        public static final String RINGING_CUSTOMER = "RINGING_CUSTOMER";
    }
}
