package org.switchboard.server.core.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.switchboard.core.agent.AgentState;
import org.switchboard.server.core.ServerRefusal;
import org.switchboard.server.core.ServerRefusal.Reason;
import org.switchboard.server.core.Session;

/**
 * Agent sessions and their bearer tokens. A login checks the password, ends the agent's earlier
 * session and opens a new event log. Event-loop confined, except the token map, which every request
 * reads from its own thread.
 */
final class Sessions {

    private final CenterState state;
    private final Restoration restoration;
    /** Run (on a stream's thread) when the desktop of an absent session is back. */
    private final Runnable back;
    private final Map<String, String> agentByToken = new ConcurrentHashMap<>();
    private final SecureRandom random = new SecureRandom();

    Sessions(CenterState state, Restoration restoration, Runnable back) {
        this.state = state;
        this.restoration = restoration;
        this.back = back;
    }

    /** Opens a session for the agent, logging it in if it was logged out. */
    Session open(String agentId, String password) {
        AgentSeat seat = agentId == null ? null : state.seats.get(agentId);
        if (seat == null || password == null || !MessageDigest.isEqual(
                seat.account.password().getBytes(StandardCharsets.UTF_8), password.getBytes(StandardCharsets.UTF_8))) {
            throw new ServerRefusal(Reason.UNAUTHORIZED, "unknown agent or wrong password");
        }
        end(seat);
        if (seat.agent.availability() == AgentState.LOGGED_OUT) {
            seat.agent.login();
            restoration.resumeWrapUps(seat, state.interactions, state.clock.instant());
        }
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        seat.token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        seat.log = new SessionEventLog(state.config.replayBuffer(), state.clock, back);
        seat.awaySteps = 0;
        seat.published = null;
        agentByToken.put(seat.token, seat.id());
        return new Session(seat.id(), seat.token);
    }

    /** Ends the agent's session, if it has one: its token stops working, its streams end. */
    void end(AgentSeat seat) {
        if (seat.log != null) {
            seat.log.close();
            agentByToken.remove(seat.token);
            seat.log = null;
            seat.token = null;
        }
    }

    /** The agent a token belongs to. Any thread. */
    Optional<String> agentOf(String token) {
        return token == null ? Optional.empty() : Optional.ofNullable(agentByToken.get(token));
    }
}
