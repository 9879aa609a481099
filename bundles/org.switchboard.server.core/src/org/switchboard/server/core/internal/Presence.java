package org.switchboard.server.core.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.BiConsumer;

import org.switchboard.core.ActionRefusedException;
import org.switchboard.core.agent.AgentState;
import org.switchboard.core.agent.ReasonCode;
import org.switchboard.server.core.EventTypes;
import org.switchboard.server.core.Notice;
import org.switchboard.server.core.NoticeRules;
import org.switchboard.server.core.ServerConfig;

/**
 * Whether an agent's desktop is there, judged by its session's event stream: a session that opened a
 * stream and has none now is absent (the desktop was closed, killed or lost the network). An absent
 * agent is offered nothing; after the presence timeout its offers are withdrawn (they go to other
 * agents) and it is made Not Ready with the reason {@code disconnected}; after the presence logout
 * time it is logged out, at once or, with a call, chat or wrap-up still open, once that work is done.
 * A desktop back before the timeout finds the agent as it left it. Event-loop confined, except
 * {@link #configured}.
 */
final class Presence {

    /** Framework property: seconds without an event stream before the agent is made Not Ready. */
    static final String TIMEOUT_PROPERTY = "switchboard.presence.timeout";
    /** Framework property: seconds without an event stream before the agent is logged out. */
    static final String LOGOUT_PROPERTY = "switchboard.presence.logout";

    private static final System.Logger LOG = System.getLogger(Presence.class.getName());

    private final ServerConfig.Presence policy;
    /** Returns an offer withdrawn from an agent to routing: (interaction id, agent id). */
    private final BiConsumer<String, String> offerReturned;

    Presence(ServerConfig.Presence policy, BiConsumer<String, String> offerReturned) {
        this.policy = policy;
        this.offerReturned = offerReturned;
    }

    /** {@code config} with the presence times the framework properties give (seconds); unset or invalid: as it was. */
    static ServerConfig configured(ServerConfig config, String timeout, String logout) {
        Duration t = seconds(TIMEOUT_PROPERTY, timeout, config.presence().timeout());
        Duration l = seconds(LOGOUT_PROPERTY, logout, config.presence().logout());
        try {
            return config.withPresence(t, l);
        } catch (IllegalArgumentException e) {
            LOG.log(System.Logger.Level.ERROR, e.getMessage() + ": the presence times stay "
                    + config.presence().timeout().toSeconds() + " s and " + config.presence().logout().toSeconds() + " s");
            return config;
        }
    }

    private static Duration seconds(String property, String value, Duration otherwise) {
        if (value == null || value.isBlank()) {
            return otherwise;
        }
        try {
            long s = Long.parseLong(value.strip());
            if (s > 0) {
                return Duration.ofSeconds(s);
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        LOG.log(System.Logger.Level.ERROR, property + "=" + value + " is not a number of seconds above 0: "
                + otherwise.toSeconds() + " s");
        return otherwise;
    }

    /** Whether routing may offer to this agent now: not while its desktop is away. */
    static boolean reachable(AgentSeat seat) {
        return seat.log == null || !seat.log.isAbsent();
    }

    /** Applies the presence rules to one agent at {@code now}; each step once per absence. */
    void check(AgentSeat seat, Instant now) {
        Instant since = seat.log == null ? null : seat.log.absentSince();
        if (since == null) {
            seat.awaySteps = 0;
            return;
        }
        Duration away = Duration.between(since, now);
        if (seat.awaySteps < 1 && away.compareTo(policy.timeout()) >= 0) {
            seat.awaySteps = 1;
            notReady(seat);
        }
        if (seat.awaySteps < 2 && away.compareTo(policy.logout()) >= 0) {
            seat.awaySteps = 2;
            logOut(seat);
        }
    }

    private void notReady(AgentSeat seat) {
        List<String> offers = List.copyOf(seat.agent.offers());
        for (String id : offers) {
            seat.agent.withdrawOffer(id);
            offerReturned.accept(id, seat.id());
        }
        boolean leaving = seat.agent.pendingChange().filter(p -> p.target() == AgentState.LOGGED_OUT).isPresent();
        if (!leaving) {
            try {
                seat.agent.goNotReady(ReasonCode.DISCONNECTED);
            } catch (ActionRefusedException alreadyNotReadyForThat) {
                // nothing to change
            }
        }
        seat.emit(EventTypes.NOTICE, null, new Notice(null, NoticeRules.DESKTOP_DISCONNECTED,
                "Your desktop was disconnected for " + policy.timeout().toSeconds() + " seconds: you were made Not Ready"
                        + (offers.isEmpty() ? "." : " and what was offered to you went to other agents.")));
    }

    private void logOut(AgentSeat seat) {
        if (seat.agent.availability() == AgentState.LOGGED_OUT) {
            return;
        }
        boolean working = !seat.agent.activeInteractions().isEmpty() || !seat.agent.wrapUps().isEmpty();
        seat.emit(EventTypes.NOTICE, null, new Notice(null, NoticeRules.LOGGED_OUT_DISCONNECTED,
                "Your desktop was disconnected for " + policy.logout().toSeconds() + " seconds: "
                        + (working ? "you will be logged out once your open work is done." : "you were logged out.")));
        try {
            seat.agent.logout();
        } catch (ActionRefusedException e) {
            LOG.log(System.Logger.Level.WARNING, seat.id() + " is away but cannot be logged out: " + e.rule());
        }
    }
}
