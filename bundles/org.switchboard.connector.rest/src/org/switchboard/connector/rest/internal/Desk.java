package org.switchboard.connector.rest.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.switchboard.connector.AgentStatus;
import org.switchboard.connector.ChatDetails;
import org.switchboard.connector.EmailDetails;
import org.switchboard.connector.ConnectorEvent;
import org.switchboard.connector.InteractionInfo;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The session's view of the agent's desk, updated from the server's events and replaced by its
 * snapshots. Changed on the session's event thread only; read from any thread.
 */
final class Desk {

    private static final System.Logger LOG = System.getLogger(Desk.class.getName());

    final TeamBoard team = new TeamBoard();
    private volatile AgentStatus agent;
    private volatile Map<String, InteractionInfo> interactions = Map.of();
    private volatile Map<String, ChatDetails> chats = Map.of();
    private volatile Map<String, EmailDetails> emails = Map.of();

    Desk(String agentId) {
        agent = AgentStatus.unknown(agentId);
    }

    AgentStatus agent() {
        return agent;
    }

    Collection<InteractionInfo> interactions() {
        return interactions.values();
    }

    ChatDetails chat(String interactionId) {
        return chats.get(interactionId);
    }

    EmailDetails email(String interactionId) {
        return emails.get(interactionId);
    }

    /** The events that the server event {@code type} with payload {@code data} means for listeners. */
    List<ConnectorEvent> apply(String type, JsonNode data) {
        return switch (type) {
            case "snapshot" -> List.of(reconcile(data));
            case "agent-state" -> agentChanged(EventMapper.agent(data));
            case "interaction" -> {
                InteractionInfo info = EventMapper.interaction(data);
                boolean detailsChanged = keepChat(info.id(), EventMapper.chatDetails(data))
                        | keepEmail(info.id(), EmailMapper.details(data));
                yield interactionChanged(info, detailsChanged);
            }
            case "interaction-removed" -> List.of(removed(EventMapper.required(data, "interactionId")));
            case "action-completed" -> List.of(new ConnectorEvent.ActionCompleted(EventMapper.required(data, "requestId"),
                    EventMapper.text(data, "interactionId"), EventMapper.text(data, "action")));
            case "action-refused" -> List.of(new ConnectorEvent.ActionRefused(EventMapper.required(data, "requestId"),
                    EventMapper.text(data, "interactionId"), EventMapper.text(data, "action"),
                    EventMapper.text(data, "rule"), EventMapper.text(data, "message")));
            case "notice" -> List.of(new ConnectorEvent.Notice(EventMapper.text(data, "interactionId"),
                    EventMapper.text(data, "rule"), EventMapper.text(data, "message")));
            case "customer-typing" -> List.of(EventMapper.typing(data));
            case "reminder" -> List.of(new ConnectorEvent.Reminder(CalendarJson.followUp(data)));
            case "team-snapshot", "team-member", "help-request" -> team.apply(type, data);
            case "supervision" -> List.of(new ConnectorEvent.CallSupervised(EventMapper.required(data, "interactionId"),
                    EventMapper.text(data, "agentName"), EventMapper.text(data, "customer"),
                    EventMapper.text(data, "mode")));
            default -> {
                // A newer server may publish more; an older desktop goes on without them.
                LOG.log(System.Logger.Level.DEBUG, "ignoring event type " + type);
                yield List.of();
            }
        };
    }

    private List<ConnectorEvent> agentChanged(AgentStatus status) {
        if (status.equals(agent)) {
            return List.of();
        }
        agent = status;
        return List.of(new ConnectorEvent.AgentStateChanged(status));
    }

    private List<ConnectorEvent> interactionChanged(InteractionInfo info, boolean detailsChanged) {
        InteractionInfo before = interactions.get(info.id());
        if (info.equals(before) && !detailsChanged) {
            return List.of();
        }
        Map<String, InteractionInfo> next = new LinkedHashMap<>(interactions);
        next.put(info.id(), info);
        interactions = next;
        return List.of(before == null ? new ConnectorEvent.InteractionOffered(info)
                : new ConnectorEvent.InteractionChanged(info));
    }

    /**
     * Kept before the interaction's event is published, so listeners read the details it goes with.
     * Answers whether they changed.
     */
    private boolean keepChat(String interactionId, ChatDetails details) {
        Map<String, ChatDetails> next = kept(chats, interactionId, details);
        if (next == chats) {
            return false;
        }
        chats = next;
        return true;
    }

    private boolean keepEmail(String interactionId, EmailDetails details) {
        Map<String, EmailDetails> next = kept(emails, interactionId, details);
        if (next == emails) {
            return false;
        }
        emails = next;
        return true;
    }

    /** {@code map} with {@code details} for the interaction (none if null); the same map if nothing changed. */
    private static <T> Map<String, T> kept(Map<String, T> map, String interactionId, T details) {
        if (java.util.Objects.equals(map.get(interactionId), details)) {
            return map;
        }
        Map<String, T> next = new LinkedHashMap<>(map);
        if (details == null) {
            next.remove(interactionId);
        } else {
            next.put(interactionId, details);
        }
        return next;
    }

    private ConnectorEvent removed(String interactionId) {
        keepChat(interactionId, null);
        keepEmail(interactionId, null);
        if (interactions.containsKey(interactionId)) {
            Map<String, InteractionInfo> next = new LinkedHashMap<>(interactions);
            next.remove(interactionId);
            interactions = next;
        }
        return new ConnectorEvent.InteractionEnded(interactionId);
    }

    private ConnectorEvent reconcile(JsonNode snapshot) {
        AgentStatus nextAgent = EventMapper.agent(snapshot.path("agent"));
        Map<String, InteractionInfo> next = new LinkedHashMap<>();
        Map<String, ChatDetails> nextChats = new LinkedHashMap<>();
        Map<String, EmailDetails> nextEmails = new LinkedHashMap<>();
        for (JsonNode i : snapshot.path("interactions")) {
            InteractionInfo info = EventMapper.interaction(i);
            next.put(info.id(), info);
            ChatDetails details = EventMapper.chatDetails(i);
            if (details != null) {
                nextChats.put(info.id(), details);
            }
            EmailDetails email = EmailMapper.details(i);
            if (email != null) {
                nextEmails.put(info.id(), email);
            }
        }
        List<InteractionInfo> added = new ArrayList<>();
        List<InteractionInfo> changed = new ArrayList<>();
        for (InteractionInfo info : next.values()) {
            InteractionInfo before = interactions.get(info.id());
            if (before == null) {
                added.add(info);
            } else if (!before.equals(info)) {
                changed.add(info);
            }
        }
        List<String> removed = interactions.keySet().stream().filter(id -> !next.containsKey(id)).toList();
        boolean agentChanged = !nextAgent.equals(agent);
        agent = nextAgent;
        chats = nextChats;
        emails = nextEmails;
        interactions = next;
        return new ConnectorEvent.StateReconciled(nextAgent, agentChanged, added, changed, removed);
    }
}
