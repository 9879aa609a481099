package org.switchboard.core.voice;

import static org.switchboard.core.voice.CallPhase.CONFERENCE;
import static org.switchboard.core.voice.CallPhase.CONNECTED;
import static org.switchboard.core.voice.CallPhase.CONSULT;
import static org.switchboard.core.voice.CallPhase.CUSTOMER_LEFT_CONFERENCE;

import org.switchboard.core.Rule;

/**
 * The action-permission rules of a call: the consult and conference participant tables, hold,
 * recording and wrap-up. Returns the refusing rule, or null when the action is allowed. Allocation
 * free: the desktop asks this for every button and the server for every command.
 */
final class CallRules {

    private CallRules() {
    }

    static Rule check(Call c, Role role, String actor, CallAction a) {
        if (a == CallAction.WRAP_UP) {
            return wrapUp(c, role, actor);
        }
        if (role == null) {
            return Rule.NOT_A_PARTICIPANT;
        }
        if (c.phase == CallPhase.ENDED) {
            return Rule.CALL_ENDED;
        }
        if (role == Role.CUSTOMER) {
            return switch (a) {
                case LEAVE -> null;
                case CONSULT -> Rule.CUSTOMER_CANNOT_CONSULT;
                case CONFERENCE -> Rule.CUSTOMER_CANNOT_CONFERENCE;
                default -> Rule.ROLE_NOT_PERMITTED;
            };
        }
        return role == Role.AGENT_1 ? agent1(c, actor, a) : agent2(c, actor, a);
    }

    private static Rule wrapUp(Call c, Role role, String actor) {
        if (c.wrapUps.owes(actor)) {
            return null;
        }
        if (role == Role.AGENT_2 || c.consultedAgents.contains(actor)) {
            return Rule.AGENT_2_CANNOT_WRAP_UP;
        }
        return Rule.NO_WRAP_UP_PENDING;
    }

    private static Rule agent1(Call c, String actor, CallAction a) {
        CallPhase p = c.phase;
        if (p == CallPhase.OFFERED) {
            return a == CallAction.ANSWER || a == CallAction.REJECT ? null : Rule.NOT_CONNECTED;
        }
        return switch (a) {
            case ANSWER, REJECT -> Rule.NOT_RINGING;
            case ACCEPT_CONSULT -> Rule.NO_CONSULT_REQUEST;
            case ACCEPT_TRANSFER -> Rule.NO_TRANSFER_REQUEST;
            case LEAVE, EXIT_CONSULT, EXIT_CONFERENCE -> Rule.ROLE_NOT_PERMITTED;
            case HOLD -> switch (p) {
                case CONNECTED -> c.customerHeld ? Rule.ALREADY_ON_HOLD : null;
                case CONSULT -> c.customerHeld ? Rule.ALREADY_ON_HOLD : Rule.ONLY_ONE_PARTY_HELD;
                case CONFERENCE -> Rule.NO_HOLD_IN_CONFERENCE;
                case CUSTOMER_LEFT_CONFERENCE -> Rule.CUSTOMER_LEFT_CONFERENCE;
                default -> Rule.NOT_CONNECTED;
            };
            case HOLD_CONSULT -> switch (p) {
                case CONSULT -> !c.consult.accepted ? Rule.CONSULT_NOT_ACCEPTED
                        : c.consult.held ? Rule.ALREADY_ON_HOLD : null;
                case CONFERENCE -> Rule.NO_HOLD_IN_CONFERENCE;
                case CUSTOMER_LEFT_CONFERENCE -> Rule.CUSTOMER_LEFT_CONFERENCE;
                default -> Rule.NO_CONSULT_IN_PROGRESS;
            };
            case RESUME -> switch (p) {
                case CONNECTED, CONSULT -> c.customerHeld ? null : Rule.NOT_ON_HOLD;
                case CONFERENCE -> Rule.NO_HOLD_IN_CONFERENCE;
                case CUSTOMER_LEFT_CONFERENCE -> Rule.CUSTOMER_LEFT_CONFERENCE;
                default -> Rule.NOT_CONNECTED;
            };
            case RESUME_CONSULT -> switch (p) {
                case CONSULT -> c.consult.held ? null : Rule.NOT_ON_HOLD;
                case CONFERENCE -> Rule.NO_HOLD_IN_CONFERENCE;
                case CUSTOMER_LEFT_CONFERENCE -> Rule.CUSTOMER_LEFT_CONFERENCE;
                default -> Rule.NO_CONSULT_IN_PROGRESS;
            };
            case MUTE -> live(p) ? (c.muted.contains(actor) ? Rule.ALREADY_MUTED : null) : Rule.NOT_CONNECTED;
            case UNMUTE -> live(p) ? (c.muted.contains(actor) ? null : Rule.NOT_MUTED) : Rule.NOT_CONNECTED;
            case SEND_DTMF -> switch (p) {
                case CONNECTED -> c.customerHeld ? Rule.CUSTOMER_ON_HOLD : null;
                case CONSULT, CONFERENCE -> null;
                default -> Rule.NOT_CONNECTED;
            };
            case RELEASE -> switch (p) {
                case CONNECTED -> c.customerHeld ? Rule.RELEASE_WHILE_ON_HOLD : null;
                case CONSULT, CONFERENCE, CUSTOMER_LEFT_CONFERENCE -> null;
                default -> Rule.NOT_CONNECTED;
            };
            case CONSULT -> switch (p) {
                case CONNECTED -> null;
                case CONSULT -> Rule.CONSULT_IN_PROGRESS;
                case CONFERENCE -> c.consult == null ? null : Rule.CONSULT_IN_PROGRESS;
                case CUSTOMER_LEFT_CONFERENCE -> Rule.CUSTOMER_LEFT_CONFERENCE;
                default -> Rule.NOT_CONNECTED;
            };
            case TRANSFER -> switch (p) {
                case CONSULT -> c.consult.accepted ? null : Rule.CONSULT_NOT_ACCEPTED;
                case CONFERENCE -> c.consult == null ? null
                        : c.consult.accepted ? Rule.CONSULT_IN_PROGRESS : Rule.CONSULT_NOT_ACCEPTED;
                case CONNECTED -> Rule.NO_CONSULTED_PARTY;
                case CUSTOMER_LEFT_CONFERENCE -> Rule.CUSTOMER_LEFT_CONFERENCE;
                default -> Rule.NOT_CONNECTED;
            };
            case BLIND_TRANSFER -> switch (p) {
                case CONNECTED -> null;
                case CONSULT, CONFERENCE -> Rule.BLIND_TRANSFER_TWO_PARTY_ONLY;
                case CUSTOMER_LEFT_CONFERENCE -> Rule.CUSTOMER_LEFT_CONFERENCE;
                default -> Rule.NOT_CONNECTED;
            };
            case CONFERENCE -> switch (p) {
                case CONSULT, CONFERENCE -> {
                    if (c.consult == null) {
                        yield Rule.NO_CONSULTED_PARTY;
                    }
                    if (!c.consult.accepted) {
                        yield Rule.CONSULT_NOT_ACCEPTED;
                    }
                    yield c.parties() > c.policy.conferenceLimit() ? Rule.CONFERENCE_FULL : null;
                }
                case CONNECTED -> Rule.NO_CONSULTED_PARTY;
                case CUSTOMER_LEFT_CONFERENCE -> Rule.CUSTOMER_LEFT_CONFERENCE;
                default -> Rule.NOT_CONNECTED;
            };
            case END_CONSULT -> p == CONSULT ? null : Rule.NO_CONSULT_IN_PROGRESS;
            case END_CONFERENCE -> p == CONFERENCE || p == CUSTOMER_LEFT_CONFERENCE ? null : Rule.NOT_IN_CONFERENCE;
            case PAUSE_RECORDING, RESUME_RECORDING -> recording(c, a);
            case EDIT_CAD -> live(p) ? null : Rule.NOT_CONNECTED;
            case WRAP_UP -> throw new AssertionError("handled above");
        };
    }

    private static Rule recording(Call c, CallAction a) {
        if (!c.policy.recordingEnabled()) {
            return Rule.RECORDING_NOT_ENABLED;
        }
        CallPhase p = c.phase;
        if (p == CONSULT || p == CONFERENCE || p == CUSTOMER_LEFT_CONFERENCE) {
            return Rule.RECORDING_CONTROL_TWO_PARTY_ONLY;
        }
        if (p != CONNECTED) {
            return Rule.NOT_CONNECTED;
        }
        if (a == CallAction.PAUSE_RECORDING) {
            return c.recording == RecordingState.PAUSED ? Rule.RECORDING_ALREADY_PAUSED : null;
        }
        return c.recording == RecordingState.PAUSED ? null : Rule.RECORDING_NOT_PAUSED;
    }

    private static Rule agent2(Call c, String actor, CallAction a) {
        CallPhase p = c.phase;
        boolean pendingConsultee = c.consult != null && !c.consult.accepted && c.consult.isParty(actor);
        boolean consultee = c.consult != null && c.consult.accepted && c.consult.isParty(actor);
        boolean member = c.isMember(actor);
        boolean transferee = p == CallPhase.TRANSFER_OFFERED && c.transferee.id().equals(actor);
        boolean connected = consultee || member || transferee;
        return switch (a) {
            case ACCEPT_CONSULT -> pendingConsultee ? null : Rule.NO_CONSULT_REQUEST;
            case REJECT -> pendingConsultee || transferee ? null : Rule.NOT_RINGING;
            case ACCEPT_TRANSFER -> transferee ? null : Rule.NO_TRANSFER_REQUEST;
            case ANSWER -> Rule.NOT_RINGING;
            case RESUME, RESUME_CONSULT -> p == CUSTOMER_LEFT_CONFERENCE ? Rule.CUSTOMER_LEFT_CONFERENCE
                    : Rule.AGENT_2_CANNOT_RESUME;
            case HOLD, HOLD_CONSULT -> switch (p) {
                case CONFERENCE -> Rule.NO_HOLD_IN_CONFERENCE;
                case CUSTOMER_LEFT_CONFERENCE -> Rule.CUSTOMER_LEFT_CONFERENCE;
                default -> Rule.ROLE_NOT_PERMITTED;
            };
            case MUTE -> connected ? (c.muted.contains(actor) ? Rule.ALREADY_MUTED : null) : Rule.NOT_CONNECTED;
            case UNMUTE -> connected ? (c.muted.contains(actor) ? null : Rule.NOT_MUTED) : Rule.NOT_CONNECTED;
            case END_CONSULT -> Rule.AGENT_2_CANNOT_END_CONSULT;
            case END_CONFERENCE -> Rule.AGENT_2_CANNOT_END_CONFERENCE;
            case RELEASE -> member ? Rule.AGENT_2_CANNOT_END_CONFERENCE
                    : consultee || pendingConsultee ? Rule.AGENT_2_CANNOT_END_CONSULT : Rule.ROLE_NOT_PERMITTED;
            case EXIT_CONSULT -> consultee ? null : Rule.NO_CONSULT_IN_PROGRESS;
            case EXIT_CONFERENCE -> member ? null : Rule.NOT_IN_CONFERENCE;
            case CONSULT -> p == CUSTOMER_LEFT_CONFERENCE ? Rule.CUSTOMER_LEFT_CONFERENCE : Rule.ROLE_NOT_PERMITTED;
            case EDIT_CAD -> !connected || transferee ? Rule.NOT_CONNECTED
                    : consultee && c.consult.target instanceof Target.ToEntryPoint ? Rule.CONSULTED_AGENT_CANNOT_EDIT_CAD
                    : null;
            case SEND_DTMF, TRANSFER, BLIND_TRANSFER, CONFERENCE, PAUSE_RECORDING, RESUME_RECORDING, LEAVE ->
                Rule.ROLE_NOT_PERMITTED;
            case WRAP_UP -> throw new AssertionError("handled above");
        };
    }

    private static boolean live(CallPhase p) {
        return p == CONNECTED || p == CONSULT || p == CONFERENCE || p == CUSTOMER_LEFT_CONFERENCE;
    }
}
