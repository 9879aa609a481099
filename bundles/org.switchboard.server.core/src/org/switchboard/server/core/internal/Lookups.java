package org.switchboard.server.core.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.switchboard.core.agent.AgentState;
import org.switchboard.server.core.DirectoryEntry;
import org.switchboard.server.core.InteractionView;
import org.switchboard.server.core.QueueConfig;
import org.switchboard.server.core.QueueView;
import org.switchboard.server.core.ServiceState;

/** What agents look up, changing nothing: their interactions, the directory, the queues, the service state. Event-loop confined. */
final class Lookups {

    private final CenterState state;
    private final Views views;

    Lookups(CenterState state, Views views) {
        this.state = state;
        this.views = views;
    }

    /** Every interaction the agent takes part in, as it sees it. */
    List<InteractionView> interactionsOf(String agentId) {
        List<InteractionView> out = new ArrayList<>();
        for (Interaction i : state.interactions.values()) {
            if (state.involved(i).contains(agentId)) {
                out.add(views.interaction(i, agentId));
            }
        }
        return List.copyOf(out);
    }

    /** The directory entries matching a query (see {@link #matching}), agents with their presence now. */
    List<DirectoryEntry> withPresence(List<DirectoryEntry> matching) {
        List<DirectoryEntry> out = new ArrayList<>(matching.size());
        for (DirectoryEntry e : matching) {
            AgentSeat seat = e.kind() == DirectoryEntry.Kind.AGENT ? state.seats.get(e.target()) : null;
            out.add(seat == null ? e : e.withPresence(seat.agent.state().name()));
        }
        return List.copyOf(out);
    }

    /** The entries whose name or target contains the query, ignoring case; all for a blank one. Any thread. */
    List<DirectoryEntry> matching(String query) {
        String q = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
        return state.config.directory().stream().filter(e -> q.isEmpty()
                || e.name().toLowerCase(Locale.ROOT).contains(q) || e.target().toLowerCase(Locale.ROOT).contains(q))
                .toList();
    }

    List<QueueView> queues() {
        List<QueueView> out = new ArrayList<>();
        for (QueueConfig q : state.config.queues()) {
            int waiting = 0;
            for (Interaction i : state.interactions.values()) {
                if (i.isQueued() && state.config.queueFor(i.queueId()).map(x -> x.id().equals(q.id())).orElse(false)) {
                    waiting++;
                }
            }
            out.add(new QueueView(q.id(), q.name(), q.channel().name(), waiting));
        }
        return List.copyOf(out);
    }

    /** PARTIAL_SERVICE while some queue has no logged-in agent with its skills. */
    ServiceState serviceState() {
        for (QueueConfig q : state.config.queues()) {
            boolean staffed = state.seats.values().stream().anyMatch(s -> s.agent.availability()
                    != AgentState.LOGGED_OUT && s.account.skills().containsAll(q.skills()));
            if (!staffed) {
                return ServiceState.PARTIAL_SERVICE;
            }
        }
        return ServiceState.IN_SERVICE;
    }
}
