package org.switchboard.voice.ui.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.switchboard.connector.InteractionInfo;
import org.switchboard.core.voice.CallAction;

/** What the control panel says about a call, derived from its phase and the agent's allowed actions. */
final class CallTexts {

    private CallTexts() {
    }

    /** Whether the call is offered to this agent: a ringing call or a consult request. */
    static boolean offered(InteractionInfo call) {
        return allows(call, CallAction.ANSWER) || allows(call, CallAction.ACCEPT_CONSULT);
    }

    static boolean consultRequest(InteractionInfo call) {
        return allows(call, CallAction.ACCEPT_CONSULT);
    }

    static String state(InteractionInfo call) {
        if (call.wrapUpOwed()) {
            return Messages.get("state_WRAP_UP");
        }
        String key = switch (call.state()) {
            case "QUEUED" -> "QUEUED";
            case "OFFERED" -> "RINGING";
            case "DIALING" -> "DIALING";
            case "CONNECTED" -> held(call) ? "HELD" : "CONNECTED";
            case "CONSULT" -> ConsultPanel.shows(call) ? customerState(call) : consultState(call);
            case "RINGING_CUSTOMER" -> "RINGING_CUSTOMER";
            case "CONFERENCE", "TRANSFER_OFFERED", "CUSTOMER_LEFT_CONFERENCE" -> call.state();
            case "ENDED" -> call.wrapUpOwed() ? "WRAP_UP" : "ENDED";
            default -> null;
        };
        String text = key == null ? call.state() : Messages.get("state_" + key);
        // the server offers Unmute exactly while the agent's microphone is muted
        return call.allowedActions().contains("UNMUTE") ? NLS.bind(Messages.stateMuted, text) : text;
    }

    /** The consult leg's state, as agent 1's second panel shows it. */
    static String consultLegState(InteractionInfo call) {
        return Messages.get("state_" + consultState(call));
    }

    /** The customer's side of a consult: waiting on hold, or taken back while the consulted party waits. */
    private static String customerState(InteractionInfo call) {
        return call.participant(InteractionInfo.Participant.Role.CUSTOMER).map(c -> c.held() ? "HELD" : "CONNECTED")
                .orElse("HELD");
    }

    private static String consultState(InteractionInfo call) {
        if (allows(call, CallAction.RESUME_CONSULT)) {
            return "CONSULT_HELD";
        }
        if (allows(call, CallAction.TRANSFER) || allows(call, CallAction.CONFERENCE)) {
            return "CONSULTING";
        }
        if (allows(call, CallAction.END_CONSULT)) {
            return "CONSULT_REQUESTED";
        }
        return "CONSULT";
    }

    private static boolean held(InteractionInfo call) {
        return allows(call, CallAction.RESUME) && !allows(call, CallAction.HOLD);
    }

    static boolean allows(InteractionInfo call, CallAction action) {
        return call.allowedActions().contains(action.name());
    }

    /** The caller as the agent reads it: name, or number, or neither. */
    static String caller(InteractionInfo call) {
        String name = call.callerName();
        String number = call.callerNumber();
        if (name != null && !name.isBlank()) {
            return number == null || number.isBlank() ? name : name + "  " + number;
        }
        return number == null || number.isBlank() ? Messages.callerUnknown : number;
    }

    /** "Web callback" or "Courtesy callback"; empty for anything but a callback. */
    static String callbackKind(InteractionInfo call) {
        if (call.callback() == null) {
            return "";
        }
        return InteractionInfo.CallbackDetails.COURTESY.equals(call.callback().type()) ? Messages.callbackCourtesy
                : Messages.callbackWeb;
    }

    /** The variables a popover may show: never secure ones, at most six. */
    static List<InteractionInfo.CallVariable> popoverVariables(InteractionInfo call) {
        return call.callData().stream().filter(v -> !v.secure() && v.value() != null && !v.value().isBlank()).limit(org.switchboard.core.offer.PopoverVariables.MAX_CONFIGURED).toList();
    }

    /**
     * "Recording", "Recording paused", or "Recording resumes in 0:27" while the privacy shield counts
     * down; empty when the call is not recorded or the server does not say.
     */
    static String recording(InteractionInfo call, Instant now) {
        if ("RECORDING".equals(call.recording())) {
            return Messages.recordingOn;
        }
        if (!"PAUSED".equals(call.recording())) {
            return "";
        }
        if (call.recordingResumesAt() == null) {
            return Messages.recordingPaused;
        }
        long s = Math.max(0, Duration.between(now, call.recordingResumesAt()).toSeconds());
        return NLS.bind(Messages.recordingResumesIn, String.format("%d:%02d", s / 60, s % 60));
    }
}
