package org.switchboard.connector.rest.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.switchboard.connector.AgentStatus;
import org.switchboard.connector.InteractionInfo;
import org.switchboard.core.Channel;
import org.switchboard.core.agent.AgentState;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Reads Switchboard Server's event JSON into the SPI's types; anything unreadable is malformed. */
final class EventMapper {

    private static final ObjectMapper MAPPER = Json.mapper();

    private EventMapper() {
    }

    /** The {@code data} of the server's event envelope {@code {id, type, requestId, data}}. */
    static JsonNode payload(String text) {
        try {
            JsonNode envelope = MAPPER.readTree(text == null ? "" : text);
            if (envelope == null || !envelope.isObject() || !envelope.path("data").isObject()) {
                throw new MalformedEventException("not an event envelope with an object as data");
            }
            return envelope.get("data");
        } catch (JsonProcessingException e) {
            throw new MalformedEventException("not JSON: " + e.getOriginalMessage());
        }
    }

    static AgentStatus agent(JsonNode a) {
        return new AgentStatus(required(a, "id"), agentState(required(a, "state")), text(a, "reasonCode"),
                a.hasNonNull("pendingState") ? agentState(a.get("pendingState").asText()) : null,
                text(a, "pendingReasonCode"), strings(a.path("allowedActions")));
    }

    static InteractionInfo interaction(JsonNode i) {
        Channel channel;
        try {
            channel = Channel.valueOf(required(i, "channel"));
        } catch (IllegalArgumentException e) {
            throw new MalformedEventException("unknown channel " + i.get("channel"));
        }
        List<InteractionInfo.CallVariable> cad = new ArrayList<>();
        for (JsonNode v : i.path("cad")) {
            cad.add(new InteractionInfo.CallVariable(required(v, "name"), text(v, "label"), text(v, "value"),
                    v.path("editable").asBoolean(), v.path("secure").asBoolean()));
        }
        List<InteractionInfo.TranscriptLine> transcript = new ArrayList<>();
        for (JsonNode line : i.path("transcript")) {
            transcript.add(new InteractionInfo.TranscriptLine(text(line, "from"), instant(text(line, "at")),
                    text(line, "text")));
        }
        return new InteractionInfo(required(i, "id"), channel, text(i, "queueId"), required(i, "state"),
                text(i, "callerName"), text(i, "callerNumber"), strings(i.path("allowedActions")),
                i.path("wrapUpOwed").asBoolean(), cad, transcript);
    }

    static String required(JsonNode node, String field) {
        String value = text(node, field);
        if (value == null || value.isEmpty()) {
            throw new MalformedEventException("missing " + field);
        }
        return value;
    }

    static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static AgentState agentState(String name) {
        try {
            return AgentState.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw new MalformedEventException("unknown agent state " + name);
        }
    }

    private static Instant instant(String text) {
        try {
            return text == null ? null : Instant.parse(text);
        } catch (RuntimeException e) {
            throw new MalformedEventException("not an instant: " + text);
        }
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        for (JsonNode n : array) {
            out.add(n.asText());
        }
        return out;
    }
}
