package org.switchboard.voice.ui.internal;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;

import org.eclipse.osgi.util.NLS;
import org.switchboard.connector.ConnectorSession;
import org.switchboard.connector.DirectoryEntry;
import org.switchboard.connector.TelephonyService;
import org.switchboard.connector.TransferTarget;
import org.switchboard.desktop.services.CallListEntry;
import org.switchboard.desktop.services.CallLists;
import org.switchboard.ui.session.AgentSession;

/**
 * Places the agent's outbound and internal calls and remembers them for redial. Results come back on
 * the UI thread as the sentence to show: null when the call was placed, otherwise why not.
 */
final class OutboundCalls {

    private final AgentSession session;
    private final CallLists lists;
    private final Executor ui;
    private final List<Runnable> historyListeners = new CopyOnWriteArrayList<>();

    OutboundCalls(AgentSession session, CallLists lists, Executor ui) {
        this.session = session;
        this.lists = lists;
        this.ui = ui;
    }

    /** Runs on the UI thread after a placed call was added to the redial history. */
    void onHistoryChanged(Runnable listener) {
        historyListeners.add(listener);
    }

    void removeHistoryListener(Runnable listener) {
        historyListeners.remove(listener);
    }

    Optional<String> agentId() {
        return session.session().map(ConnectorSession::agentId);
    }

    CompletableFuture<String> call(DirectoryEntry entry) {
        Optional<TelephonyService> phone = session.adapt(TelephonyService.class);
        Optional<String> agent = agentId();
        if (phone.isEmpty() || agent.isEmpty()) {
            return CompletableFuture.completedFuture(DirectoryMessages.notConnected);
        }
        CompletableFuture<String> said = new CompletableFuture<>();
        phone.get().placeCall(entry.target()).whenComplete((call, failure) -> {
            if (failure == null) {
                lists.dialled(agent.get(), entry).whenCompleteAsync((saved, notSaved) -> {
                    if (notSaved == null) {
                        historyListeners.forEach(Runnable::run);
                    }
                }, ui);
            }
            ui.execute(() -> said.complete(failure == null ? null
                    : NLS.bind(DirectoryMessages.callFailed, entry.name(), cause(failure).getMessage())));
        });
        return said;
    }

    /** Calls the most recently dialled entry again. */
    CompletableFuture<String> redial() {
        Optional<String> agent = agentId();
        if (agent.isEmpty()) {
            return CompletableFuture.completedFuture(DirectoryMessages.notConnected);
        }
        return lists.history(agent.get()).handleAsync((history, failure) -> {
            if (failure != null) {
                return CompletableFuture.completedFuture(
                        NLS.bind(DirectoryMessages.storeFailed, cause(failure).getMessage()));
            }
            if (history.isEmpty()) {
                return CompletableFuture.completedFuture(DirectoryMessages.redialNothing);
            }
            return call(entry(history.get(0)));
        }, ui).thenCompose(f -> f);
    }

    static DirectoryEntry entry(CallListEntry stored) {
        return new DirectoryEntry(TransferTarget.Kind.valueOf(stored.kind()), stored.target(), stored.name(), null);
    }

    static Throwable cause(Throwable failure) {
        Throwable t = failure;
        while ((t instanceof java.util.concurrent.CompletionException
                || t instanceof java.util.concurrent.ExecutionException) && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }
}
