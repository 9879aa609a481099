package org.switchboard.server.core.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.switchboard.core.agent.Agent;
import org.switchboard.core.agent.AgentAction;
import org.switchboard.core.cad.CadVariable;
import org.switchboard.core.callback.Callback;
import org.switchboard.core.chat.ChatAction;
import org.switchboard.core.chat.ChatSession;
import org.switchboard.core.chat.MobileContext;
import org.switchboard.core.chat.MultimediaInteraction;
import org.switchboard.core.dial.DialString;
import org.switchboard.server.core.AttachmentView;
import org.switchboard.server.core.LocationView;
import org.switchboard.server.core.MobileView;
import org.switchboard.server.core.MultimediaView;
import org.switchboard.core.chat.ChatState;
import org.switchboard.core.voice.Call;
import org.switchboard.core.voice.CallAction;
import org.switchboard.core.voice.Role;
import org.switchboard.server.core.AgentAccount;
import org.switchboard.server.core.AgentView;
import org.switchboard.server.core.CadView;
import org.switchboard.server.core.ChatLine;
import org.switchboard.server.core.InteractionView;
import org.switchboard.server.core.ParticipantView;
import org.switchboard.server.core.ServerConfig;
import org.switchboard.server.core.TeamConfig;

/** Builds what one agent is shown. Event-loop confined like the models it reads. */
final class Views {

    private final Map<String, AgentSeat> seats;
    private final ServerConfig config;

    Views(Map<String, AgentSeat> seats, ServerConfig config) {
        this.seats = seats;
        this.config = config;
    }

    AgentView agent(AgentSeat seat) {
        Agent a = seat.agent;
        List<String> allowed = new ArrayList<>();
        for (AgentAction action : a.allowedActions()) {
            allowed.add(action.name());
        }
        return new AgentView(seat.id(), seat.account.name(), a.state().name(), a.availability().name(),
                a.reason().map(r -> r.code()).orElse(null),
                a.pendingChange().map(p -> p.target().name()).orElse(null),
                a.pendingChange().map(p -> p.reason() == null ? null : p.reason().code()).orElse(null),
                List.copyOf(a.offers()), List.copyOf(a.activeInteractions()), List.copyOf(a.wrapUps()),
                List.copyOf(allowed), seat.log != null && seat.log.isAbsent());
    }

    InteractionView interaction(Interaction i, String agentId) {
        return switch (i) {
            case VoiceInteraction v -> voice(v, agentId);
            case ChatInteraction c -> chat(c, agentId);
            case EmailItem e -> EmailViews.interaction(e, agentId);
        };
    }

    private InteractionView voice(VoiceInteraction v, String agentId) {
        Call c = v.call;
        List<ParticipantView> parts = new ArrayList<>();
        if (c.roleOf(c.customerId()).isPresent()) {
            parts.add(new ParticipantView(c.customerId(), v.internalCaller != null ? "AGENT" : "CUSTOMER",
                    Role.CUSTOMER.name(), c.isCustomerHeld(), false));
        }
        c.offeredTo().ifPresent(id -> parts.add(agentParty(c, id, Role.AGENT_1, false)));
        c.agent1().ifPresent(id -> parts.add(agentParty(c, id, Role.AGENT_1, false)));
        c.consultedParty().ifPresent(id -> parts.add(agentParty(c, id, Role.AGENT_2, c.isConsultHeld())));
        for (String member : c.conferenceMembers()) {
            parts.add(agentParty(c, member, Role.AGENT_2, false));
        }
        c.transferee().ifPresent(id -> parts.add(agentParty(c, id, Role.AGENT_2, false)));
        Supervision.parties(v, agentId, parts);
        List<String> allowed = new ArrayList<>();
        boolean ringingCustomer = Callbacks.ringingCustomer(v);
        if (v.isInternalCaller(agentId)) {
            // The calling agent can hang up; the call's other actions belong to the agent who answered.
            if (c.isAllowed(agentId, CallAction.LEAVE)) {
                allowed.add(CallAction.RELEASE.name());
            }
        } else if (v.isDialing()) {
            if (c.isAllowed(agentId, CallAction.RELEASE)) {
                allowed.add(CallAction.RELEASE.name());
            }
        } else if (ringingCustomer) {
            if (v.callback.canCancel() && c.agent1().filter(agentId::equals).isPresent()) {
                allowed.add(Callbacks.CANCEL);
            }
        } else {
            for (CallAction a : c.allowedActions(agentId)) {
                if (a != CallAction.WRAP_UP || v.owesWrapUp(agentId)) {
                    allowed.add(a.name());
                }
            }
        }
        boolean mayEdit = !ringingCustomer && !v.isDialing()
                && (c.roleOf(agentId).map(r -> r == Role.AGENT_1).orElse(false) || c.isAllowed(agentId, CallAction.EDIT_CAD));
        // The caller of an internal call is shown whom it called; everyone else who called.
        boolean caller = v.isInternalCaller(agentId);
        AgentSeat called = caller ? seats.get(v.calledAgent) : null;
        return new InteractionView(v.id, "VOICE", c.queueId(), v.state(), v.customerId,
                called != null ? called.account.name() : v.caller.name(), caller ? v.calledAgent : v.caller.number(), List.copyOf(parts), cad(v, mayEdit), List.copyOf(allowed), v.owesWrapUp(agentId),
                c.recording().name(), List.of(), null, List.of(), v.chat == null ? null : multimedia(v.chat),
                v.callback == null ? null : Callback.LABEL, Callbacks.view(v),
                c.recordingResumesAt().orElse(null), null);
    }

    static MultimediaView multimedia(ChatInteraction c) {
        if (c.multimedia == null) {
            return null;
        }
        List<String> calls = new ArrayList<>();
        for (MultimediaInteraction.CallLeg leg : c.multimedia.calls()) {
            calls.add(leg.callId());
        }
        return new MultimediaView(c.id, c.multimedia.chat().serviceId(), List.copyOf(calls), c.activeCall());
    }

    private static MobileView mobile(ChatInteraction c) {
        MobileContext m = c.mobile;
        if (m.phoneNumber().isEmpty() && m.location().isEmpty()) {
            return null;
        }
        return new MobileView(m.phoneNumber().map(DialString::value).orElse(null), m.location()
                .map(l -> new LocationView(l.latitude(), l.longitude(), l.accuracyMeters(), l.at())).orElse(null));
    }

    private ParticipantView agentParty(Call c, String id, Role role, boolean held) {
        AgentSeat seat = seats.get(id);
        if (seat == null) {
            return new ParticipantView(id, "NUMBER", role.name(), held, c.isMuted(id), null, id, null);
        }
        AgentAccount a = seat.account;
        String team = config.team(a.teamId()).map(TeamConfig::name).orElse(a.teamId());
        return new ParticipantView(id, "AGENT", role.name(), held, c.isMuted(id), a.name(), a.dn(), team);
    }

    private InteractionView chat(ChatInteraction c, String agentId) {
        List<ParticipantView> parts = new ArrayList<>();
        if (!c.customerLeft) {
            parts.add(new ParticipantView(c.customerId, "CUSTOMER", Role.CUSTOMER.name(), false, false));
        }
        List<String> allowed = new ArrayList<>();
        boolean owes = false;
        if (c.session != null) {
            AgentSeat seat = seats.get(c.session.agentId());
            parts.add(seat == null ? new ParticipantView(c.session.agentId(), "AGENT", Role.AGENT_1.name(), false, false)
                    : new ParticipantView(seat.id(), "AGENT", Role.AGENT_1.name(), false, false, seat.account.name(),
                            seat.account.dn(), config.team(seat.account.teamId()).map(TeamConfig::name)
                                    .orElse(seat.account.teamId())));
        }
        ChatSession mine = c.sessionOf(agentId);
        String state = c.state();
        if (mine != null) {
            for (ChatAction a : mine.allowedActions()) {
                allowed.add(a.name());
            }
            owes = mine.owesWrapUp();
            if (owes) {
                allowed.add(CallAction.WRAP_UP.name());
            }
            if (mine == c.session && mine.state() == ChatState.ACTIVE && c.mobile.phoneNumber().isPresent()
                    && c.activeCall() == null) {
                allowed.add(CommandParser.CALL_CUSTOMER);
            }
            if (mine != c.session) {
                state = mine.state().name();
            }
        }
        List<ChatLine> transcript = c.transcript();
        return new InteractionView(c.id, "CHAT", c.queueId, state, c.customerId, c.caller.name(),
                c.caller.number(), List.copyOf(parts),
                cad(c, mine != null && mine == c.session && mine.state() == ChatState.ACTIVE), List.copyOf(allowed), owes,
                "OFF", List.copyOf(transcript), mobile(c), attachments(c), multimedia(c), null, null, null, null);
    }

    private static List<AttachmentView> attachments(ChatInteraction c) {
        List<AttachmentView> out = new ArrayList<>(c.pictures.size());
        for (ChatInteraction.Picture p : c.pictures) {
            out.add(p.view());
        }
        return List.copyOf(out);
    }

    private static List<CadView> cad(Interaction i, boolean mayEdit) {
        List<CadView> out = new ArrayList<>();
        for (CadVariable v : i.cad.all()) {
            out.add(cadView(v, mayEdit));
        }
        return List.copyOf(out);
    }

    /** The variable as every view shows it: a secure value masked. */
    static CadView cadView(CadVariable v, boolean mayEdit) {
        return new CadView(v.name(), v.definition().label(), v.definition().type().name(), v.value().display(),
                mayEdit && v.definition().editable(), v.definition().secure(), v.version(), v.savedBy().orElse(null));
    }
}
