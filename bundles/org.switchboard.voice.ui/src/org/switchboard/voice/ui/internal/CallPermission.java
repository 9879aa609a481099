package org.switchboard.voice.ui.internal;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.switchboard.connector.AgentStateService;
import org.switchboard.connector.AgentStatus;
import org.switchboard.connector.ConnectorEvent;
import org.switchboard.connector.ConnectorListener;
import org.switchboard.core.Rule;
import org.switchboard.core.agent.AgentAction;
import org.switchboard.ui.session.AgentSession;

/**
 * Whether the agent may place a call now, as the server's rules last said (Ready or Not Ready with
 * nothing else open), kept current from the session's events on the UI thread. The buttons that
 * place calls follow it; when they are disabled their tooltip says why.
 */
final class CallPermission implements ConnectorListener {

    private final AgentSession session;
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private boolean allowed;

    CallPermission(AgentSession session) {
        this.session = session;
        this.allowed = fromSession();
        session.addListener(this);
    }

    boolean allowed() {
        return allowed;
    }

    /** Why a call cannot be placed now, for a disabled button's tooltip; null while it can. */
    String whyNot() {
        return allowed ? null : Rule.CALL_NEEDS_READY_OR_NOT_READY.message();
    }

    /** Runs on the UI thread whenever {@link #allowed()} changes. */
    void onChange(Runnable listener) {
        listeners.add(listener);
    }

    void removeListener(Runnable listener) {
        listeners.remove(listener);
    }

    void dispose() {
        session.removeListener(this);
        listeners.clear();
    }

    @Override
    public void onEvent(ConnectorEvent event) {
        switch (event) {
            case ConnectorEvent.AgentStateChanged c -> set(permits(c.status()));
            case ConnectorEvent.StateReconciled r -> set(fromSession());
            case ConnectorEvent.ConnectionChanged c -> set(fromSession());
            default -> {
                // interactions change the agent's state through AgentStateChanged
            }
        }
    }

    private void set(boolean now) {
        if (now != allowed) {
            allowed = now;
            listeners.forEach(Runnable::run);
        }
    }

    private boolean fromSession() {
        return session.adapt(AgentStateService.class).map(AgentStateService::current).map(CallPermission::permits)
                .orElse(false);
    }

    private static boolean permits(AgentStatus status) {
        return status != null && status.allowedActions().contains(AgentAction.MAKE_CALL.name());
    }
}
