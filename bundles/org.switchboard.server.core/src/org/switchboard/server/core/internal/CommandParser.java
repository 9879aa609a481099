package org.switchboard.server.core.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.switchboard.core.ActionRefusedException;
import org.switchboard.core.Channel;
import org.switchboard.core.Rule;
import org.switchboard.core.cad.CadDefinition;
import org.switchboard.core.cad.CadVariable;
import org.switchboard.core.chat.ChatAction;
import org.switchboard.core.chat.ChatTransferTarget;
import org.switchboard.core.dial.DialString;
import org.switchboard.core.voice.CallAction;
import org.switchboard.core.voice.CallParams;
import org.switchboard.core.voice.Target;
import org.switchboard.core.wrapup.Disposition;
import org.switchboard.core.wrapup.WrapUp;
import org.switchboard.core.wrapup.WrapUpCatalog;
import org.switchboard.server.core.ActionCommand;
import org.switchboard.server.core.ActionParams;
import org.switchboard.server.core.QueueConfig;
import org.switchboard.server.core.ServerConfig;
import org.switchboard.server.core.ServerRefusal;
import org.switchboard.server.core.ServerRefusal.Reason;
import org.switchboard.server.core.TargetSpec;

/**
 * Turns a command as a client sent it into the core's action and parameters, refusing at the edge
 * (before anything changes) what is malformed: unknown actions, targets or wrap-up reasons, values
 * over their limits, dial strings that cannot be dialled.
 */
final class CommandParser {

    static final int MAX_REQUEST_ID = 128;
    static final int MAX_CHAT_TEXT = 4000;
    static final int MAX_DTMF = 64;

    static final String EDIT_CAD = "EDIT_CAD";
    /** On a mobile chat: call the customer at the number the mobile application gave. */
    static final String CALL_CUSTOMER = "CALL_CUSTOMER";

    private final ServerConfig config;
    private final Map<String, AgentSeat> seats;

    CommandParser(ServerConfig config, Map<String, AgentSeat> seats) {
        this.config = config;
        this.seats = seats;
    }

    static void checkEnvelope(ActionCommand command) {
        if (command == null || command.action() == null || command.action().isBlank()) {
            throw invalid(Rule.MISSING_VALUE, "action is required");
        }
        String rid = command.requestId();
        if (rid == null || rid.isBlank()) {
            throw invalid(Rule.MISSING_VALUE, "requestId is required");
        }
        if (rid.length() > MAX_REQUEST_ID) {
            throw invalid(null, "requestId is longer than " + MAX_REQUEST_ID + " characters");
        }
    }

    ParsedCommand.Voice voice(ActionCommand command) {
        CallAction action = enumValue(CallAction.class, command.action());
        ActionParams p = command.params() == null ? ActionParams.none() : command.params();
        CallParams params = switch (action) {
            case CONSULT, BLIND_TRANSFER -> CallParams.target(target(p.target()));
            case SEND_DTMF -> {
                String digits = p.digits();
                if (digits == null || digits.isEmpty() || digits.length() > MAX_DTMF || !digits.matches("[0-9*#]+")) {
                    throw invalid(Rule.INVALID_DTMF, "digits: 1 to " + MAX_DTMF + " of 0-9, * and #");
                }
                yield CallParams.digits(digits);
            }
            case TRANSFER -> CallParams.party(p.party());
            case WRAP_UP -> CallParams.wrapUp(wrapUp(p));
            default -> CallParams.none();
        };
        return new ParsedCommand.Voice(action, params);
    }

    ParsedCommand.Chat chat(ActionCommand command) {
        ActionParams p = command.params() == null ? ActionParams.none() : command.params();
        if (CallAction.WRAP_UP.name().equals(command.action())) {
            return new ParsedCommand.Chat(null, null, wrapUp(p), null);
        }
        ChatAction action = enumValue(ChatAction.class, command.action());
        if (action == ChatAction.TRANSFER) {
            return new ParsedCommand.Chat(action, null, null, chatTarget(p.target()));
        }
        String text = null;
        if (action == ChatAction.SEND) {
            text = p.text();
            if (text == null || text.isBlank()) {
                throw invalid(Rule.MISSING_VALUE, "text is required");
            }
            if (text.length() > MAX_CHAT_TEXT) {
                throw invalid(null, "text is longer than " + MAX_CHAT_TEXT + " characters");
            }
        }
        return new ParsedCommand.Chat(action, text, null, null);
    }

    /**
     * EDIT_CAD: {@code name}, {@code value} and {@code version}, or {@code cad} (name to value) for
     * several. Unknown variables and values that are too long or not of the variable's type are refused
     * here; read-only variables, versions and conflicts are the core's to judge.
     */
    ParsedCommand.EditCad cad(ActionCommand command) {
        ActionParams p = command.params() == null ? ActionParams.none() : command.params();
        Map<String, String> values = new LinkedHashMap<>();
        Long version = null;
        if (p.cad() != null) {
            if (p.name() != null || p.value() != null || p.version() != null) {
                throw invalid(null, "give either name, value and version, or cad");
            }
            values.putAll(p.cad());
        } else {
            if (p.name() == null || p.value() == null || p.version() == null) {
                throw invalid(Rule.MISSING_VALUE, "name, value and version are required");
            }
            if (p.version() < 0) {
                throw invalid(Rule.CAD_UNKNOWN_VERSION, "version must be 0 or more");
            }
            values.put(p.name(), p.value());
            version = p.version();
        }
        if (values.isEmpty()) {
            throw invalid(Rule.MISSING_VALUE, "no variable to save");
        }
        for (Map.Entry<String, String> e : values.entrySet()) {
            CadDefinition d = config.cadVariables().stream().filter(x -> x.name().equals(e.getKey())).findFirst()
                    .orElseThrow(() -> invalid(Rule.CAD_UNKNOWN_VARIABLE, "unknown call variable " + e.getKey()));
            String v = e.getValue();
            if (v == null) {
                throw invalid(Rule.MISSING_VALUE, "value of " + d.name() + " is required");
            }
            if (v.length() > CadVariable.MAX_LENGTH) {
                throw invalid(Rule.CAD_VALUE_TOO_LONG, d.name() + ": " + v.length() + " > " + CadVariable.MAX_LENGTH
                        + " characters");
            }
            if (!v.isEmpty() && !d.type().accepts(v)) {
                // The message names the variable and its type, never the value: it may be secure.
                throw invalid(Rule.CAD_TYPE_MISMATCH, d.name() + " takes " + d.type());
            }
        }
        return new ParsedCommand.EditCad(values, version);
    }

    WrapUp wrapUp(ActionParams p) {
        WrapUpCatalog catalog = config.wrapUpCatalog();
        if (p.disposition() == null) {
            throw invalid(Rule.MISSING_VALUE, "disposition is required");
        }
        Optional<Disposition> d = catalog.dispositions().stream().filter(x -> x.code().equals(p.disposition()))
                .findFirst();
        if (d.isEmpty()) {
            throw invalid(Rule.UNKNOWN_DISPOSITION, "unknown disposition " + p.disposition());
        }
        String notes = p.notes() == null ? "" : p.notes();
        if (notes.length() > catalog.maxNotesLength()) {
            throw invalid(Rule.NOTES_TOO_LONG, notes.length() + " > " + catalog.maxNotesLength() + " characters");
        }
        WrapUp w = WrapUp.of(d.get()).withNotes(notes);
        return p.followUp() == null ? w : w.withFollowUp(Calendars.followUp(p.followUp()));
    }

    private ChatTransferTarget chatTarget(TargetSpec spec) {
        if (spec == null || spec.type() == null || spec.id() == null || spec.id().isBlank()) {
            throw invalid(Rule.MISSING_VALUE, "target {type, id} is required");
        }
        switch (spec.type()) {
            case "AGENT" -> {
                if (!seats.containsKey(spec.id())) {
                    throw invalid(null, "unknown agent " + spec.id());
                }
                return new ChatTransferTarget.ToAgent(spec.id());
            }
            case "QUEUE" -> {
                QueueConfig q = config.queues().stream().filter(x -> x.id().equals(spec.id())).findFirst()
                        .orElseThrow(() -> invalid(null, "unknown queue " + spec.id()));
                if (q.channel() != Channel.CHAT) {
                    throw invalid(null, "queue " + q.id() + " does not take chats");
                }
                return new ChatTransferTarget.ToQueue(q.id());
            }
            default -> throw invalid(null, "a chat is transferred to an AGENT or a QUEUE");
        }
    }

    private Target target(TargetSpec spec) {
        if (spec == null || spec.type() == null || spec.id() == null || spec.id().isBlank()) {
            throw invalid(Rule.MISSING_VALUE, "target {type, id} is required");
        }
        switch (spec.type()) {
            case "AGENT" -> {
                AgentSeat seat = seats.get(spec.id());
                if (seat == null) {
                    throw invalid(null, "unknown agent " + spec.id());
                }
                return new Target.ToAgent(seat.id(), seat.agent.state());
            }
            case "QUEUE" -> {
                QueueConfig q = config.queues().stream().filter(x -> x.id().equals(spec.id())).findFirst()
                        .orElseThrow(() -> invalid(null, "unknown queue " + spec.id()));
                if (q.channel() != Channel.VOICE) {
                    throw invalid(null, "queue " + q.id() + " does not take calls");
                }
                return new Target.ToQueue(q.id());
            }
            case "ENTRY_POINT" -> {
                if (!config.isEntryPoint(spec.id())) {
                    throw invalid(null, "unknown entry point " + spec.id());
                }
                return new Target.ToEntryPoint(spec.id());
            }
            case "NUMBER" -> {
                try {
                    return new Target.ToDialNumber(DialString.parse(spec.id()));
                } catch (ActionRefusedException e) {
                    throw invalid(e.rule(), e.getMessage());
                }
            }
            default -> throw invalid(null, "target type must be AGENT, QUEUE, ENTRY_POINT or NUMBER");
        }
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, String name) {
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            throw invalid(null, "unknown action " + name);
        }
    }

    static ServerRefusal invalid(Rule rule, String message) {
        return new ServerRefusal(Reason.INVALID, rule, message);
    }
}
