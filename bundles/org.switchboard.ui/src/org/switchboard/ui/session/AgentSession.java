package org.switchboard.ui.session;

import java.net.URI;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;

import org.switchboard.connector.ConnectorListener;
import org.switchboard.connector.ConnectorSession;
import org.switchboard.connector.InteractionInfo;
import org.switchboard.connector.TelephonyService;
import org.switchboard.connector.WorkCodes;
import org.switchboard.core.Channel;
import org.switchboard.core.agent.AgentPolicy;
import org.switchboard.core.agent.ReasonCode;
import org.switchboard.core.wrapup.WrapUpCatalog;

/**
 * The agent's one session with the contact center, shared by every view of the workbench. It holds
 * the connector's session, hands out its capabilities and re-delivers its events to the views on
 * the event runner given at login (the UI thread's, in the workbench).
 * <p>
 * Threading: {@link #login} and {@link #logout} do their I/O on a worker thread and return at once;
 * every other method never blocks. Listeners are called on the event runner, one event at a time.
 * Logging in and out is announced to listeners as a
 * {@link org.switchboard.connector.ConnectorEvent.ConnectionChanged} event.
 */
public interface AgentSession {

    /**
     * Logs {@code agentId} in at {@code server} (the API root, for example
     * {@code http://127.0.0.1:8471/api/v1/}) with the first registered connector, call control over
     * REST. The stage completes on a worker thread, exceptionally with the connector's explanation.
     */
    default CompletionStage<ConnectorSession> login(URI server, String agentId, char[] password,
            Executor eventRunner) {
        return login(ServerChoice.rest(server), agentId, password, eventRunner);
    }

    /**
     * Logs {@code agentId} in at the chosen servers (failing over to the secondary, if any) with the
     * first registered connector, sending call control as chosen. As {@link #login(URI, String, char[], Executor)}.
     */
    CompletionStage<ConnectorSession> login(ServerChoice servers, String agentId, char[] password,
            Executor eventRunner);

    /** Logs the agent out at the contact center and closes the session, if any, off the calling thread. */
    CompletionStage<Void> logout();

    /** The session, while logged in. */
    Optional<ConnectorSession> session();

    /** A capability of the session while logged in. */
    default <T> Optional<T> adapt(Class<T> capability) {
        return session().flatMap(s -> s.adapt(capability));
    }

    /** The session's interactions on {@code channel} by id, in the connector's order; empty when logged out. */
    default Map<String, InteractionInfo> interactionsOn(Channel channel) {
        Map<String, InteractionInfo> found = new LinkedHashMap<>();
        adapt(TelephonyService.class).ifPresent(t -> t.interactions().stream()
                .filter(i -> i.channel() == channel)
                .forEach(i -> found.put(i.id(), i)));
        return found;
    }

    /**
     * The Not Ready reasons the administrator configured, as the server sent them at login, by label;
     * the core's defaults while logged out or from a connector that does not have them.
     */
    default List<ReasonCode> notReadyReasons() {
        return adapt(WorkCodes.class).map(WorkCodes::notReadyReasons)
                .orElseGet(() -> AgentPolicy.defaults().notReadyReasons().stream()
                        .sorted(Comparator.comparing(ReasonCode::label)).toList());
    }

    /** The dispositions and notes limit the administrator configured; as {@link #notReadyReasons()}. */
    default WrapUpCatalog wrapUpCatalog() {
        return adapt(WorkCodes.class).map(WorkCodes::wrapUpCatalog).orElseGet(WrapUpCatalog::defaults);
    }

    void addListener(ConnectorListener listener);

    void removeListener(ConnectorListener listener);
}
