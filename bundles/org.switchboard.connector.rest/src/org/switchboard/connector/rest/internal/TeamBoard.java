package org.switchboard.connector.rest.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.switchboard.connector.ConnectorEvent;
import org.switchboard.connector.HelpRequest;
import org.switchboard.connector.TeamMember;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The session's view of the team: the supervised team's agents, and the help requests the session
 * sees (the team's, or the agent's own), updated from the server's events. Changed on the session's
 * event thread only; read from any thread.
 */
final class TeamBoard {

    private volatile String teamName = "";
    private volatile Map<String, TeamMember> members = Map.of();
    private volatile Map<String, HelpRequest> requests = Map.of();

    String teamName() {
        return teamName;
    }

    List<TeamMember> members() {
        return List.copyOf(members.values());
    }

    List<HelpRequest> requests() {
        return List.copyOf(requests.values());
    }

    List<ConnectorEvent> apply(String type, JsonNode data) {
        return switch (type) {
            case "team-snapshot" -> {
                Map<String, TeamMember> m = new LinkedHashMap<>();
                for (JsonNode n : data.path("members")) {
                    TeamMember member = member(n);
                    m.put(member.agentId(), member);
                }
                Map<String, HelpRequest> r = new LinkedHashMap<>();
                for (JsonNode n : data.path("helpRequests")) {
                    HelpRequest request = request(n);
                    r.put(request.id(), request);
                }
                teamName = EventMapper.text(data, "teamName");
                members = m;
                requests = r;
                yield List.of(new ConnectorEvent.TeamReconciled(teamName, List.copyOf(m.values()),
                        List.copyOf(r.values())));
            }
            case "team-member" -> {
                TeamMember member = member(data);
                Map<String, TeamMember> next = new LinkedHashMap<>(members);
                next.put(member.agentId(), member);
                members = next;
                yield List.of(new ConnectorEvent.TeamMemberChanged(member));
            }
            default -> {
                HelpRequest request = request(data);
                Map<String, HelpRequest> next = new LinkedHashMap<>(requests);
                if (request.status() == HelpRequest.Status.CLOSED) {
                    next.remove(request.id());
                } else {
                    next.put(request.id(), request);
                }
                requests = next;
                yield List.of(new ConnectorEvent.HelpRequestChanged(request));
            }
        };
    }

    static TeamMember member(JsonNode n) {
        return new TeamMember(EventMapper.required(n, "agentId"), EventMapper.text(n, "name"),
                EventMapper.text(n, "state"), EventMapper.text(n, "reasonCode"),
                EventMapper.instant(EventMapper.text(n, "since")), n.path("away").asBoolean(false),
                EventMapper.text(n, "interactionId"), EventMapper.text(n, "channel"),
                EventMapper.text(n, "interactionState"), EventMapper.text(n, "customer"));
    }

    static HelpRequest request(JsonNode n) {
        try {
            return new HelpRequest(EventMapper.required(n, "id"),
                    HelpRequest.Kind.valueOf(EventMapper.required(n, "kind")), EventMapper.text(n, "agentId"),
                    EventMapper.text(n, "agentName"), EventMapper.text(n, "interactionId"),
                    EventMapper.text(n, "channel"), EventMapper.text(n, "note"),
                    EventMapper.instant(EventMapper.text(n, "raisedAt")),
                    HelpRequest.Status.valueOf(EventMapper.required(n, "status")), EventMapper.text(n, "takenBy"),
                    EventMapper.text(n, "takenByName"));
        } catch (IllegalArgumentException e) {
            throw new MalformedEventException("unknown help request kind or status in " + n);
        }
    }

    static List<HelpRequest> requests(JsonNode array) {
        List<HelpRequest> out = new ArrayList<>();
        for (JsonNode n : array) {
            out.add(request(n));
        }
        return out;
    }
}
