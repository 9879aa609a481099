package org.switchboard.connector.rest.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.switchboard.connector.AgentStatus;
import org.switchboard.connector.ChatDetails;
import org.switchboard.connector.ConnectorEvent;
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
                text(a, "pendingReasonCode"), strings(a.path("allowedActions")), text(a, "name"));
    }

    static ConnectorEvent.CustomerTyping typing(JsonNode t) {
        JsonNode typing = t.get("typing");
        if (typing == null || !typing.isBoolean()) {
            throw new MalformedEventException("typing is not true or false");
        }
        return new ConnectorEvent.CustomerTyping(required(t, "interactionId"), typing.asBoolean(),
                instant(text(t, "at")));
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
                    v.path("editable").asBoolean(), v.path("secure").asBoolean(), text(v, "type"),
                    v.path("version").asLong(), text(v, "savedBy")));
        }
        List<InteractionInfo.TranscriptLine> transcript = new ArrayList<>();
        for (JsonNode line : i.path("transcript")) {
            transcript.add(new InteractionInfo.TranscriptLine(text(line, "from"), instant(text(line, "at")),
                    text(line, "text")));
        }
        List<InteractionInfo.Participant> participants = new ArrayList<>();
        for (JsonNode p : i.path("participants")) {
            participants.add(new InteractionInfo.Participant(required(p, "id"),
                    named(InteractionInfo.Participant.Kind.class, required(p, "kind"), "participant kind"),
                    named(InteractionInfo.Participant.Role.class, required(p, "role"), "participant role"),
                    p.path("held").asBoolean(), p.path("muted").asBoolean(), text(p, "name"), text(p, "dn"),
                    text(p, "team")));
        }
        JsonNode c = i.path("callback");
        InteractionInfo.CallbackDetails callback = c.isObject()
                ? new InteractionInfo.CallbackDetails(required(c, "type"), text(c, "number"), text(c, "dnis"),
                        text(c, "queueName"), required(c, "state"), c.path("cancelAllowed").asBoolean())
                : null;
        return new InteractionInfo(required(i, "id"), channel, text(i, "queueId"), required(i, "state"),
                text(i, "callerName"), text(i, "callerNumber"), strings(i.path("allowedActions")),
                i.path("wrapUpOwed").asBoolean(), cad, transcript, text(i, "recording"),
                instant(text(i, "recordingResumesAt")), participants, text(i, "label"), callback);
    }

    static <E extends Enum<E>> E named(Class<E> type, String name, String what) {
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            throw new MalformedEventException("unknown " + what + " " + name);
        }
    }

    /** A chat's mobile context, pictures and calls; null for anything but a chat. */
    static ChatDetails chatDetails(JsonNode i) {
        if (!"CHAT".equals(text(i, "channel"))) {
            return null;
        }
        String id = required(i, "id");
        JsonNode mobile = i.path("mobile");
        ChatDetails.Location location = null;
        JsonNode l = mobile.path("location");
        if (l.isObject()) {
            location = new ChatDetails.Location(l.path("latitude").asDouble(), l.path("longitude").asDouble(),
                    l.path("accuracyMeters").asDouble(), instant(text(l, "at")));
        }
        List<ChatDetails.Picture> pictures = new ArrayList<>();
        for (JsonNode a : i.path("attachments")) {
            int index = a.path("index").asInt(-1);
            pictures.add(new ChatDetails.Picture(index, lineOf(i.path("transcript"), index), text(a, "fileName"),
                    text(a, "mediaType"), a.path("sizeBytes").asLong(), a.path("width").asInt(),
                    a.path("height").asInt(), text(a, "from"), instant(text(a, "at"))));
        }
        ChatDetails.Multimedia multimedia = null;
        JsonNode m = i.path("multimedia");
        if (m.isObject()) {
            multimedia = new ChatDetails.Multimedia(text(m, "chatId"), text(m, "serviceId"), strings(m.path("calls")),
                    text(m, "activeCall"));
        }
        return new ChatDetails(id, mobile.isObject() ? text(mobile, "phoneNumber") : null, location, pictures,
                multimedia);
    }

    private static int lineOf(JsonNode transcript, int attachment) {
        for (int n = 0; n < transcript.size(); n++) {
            JsonNode a = transcript.get(n).get("attachment");
            if (a != null && a.isInt() && a.asInt() == attachment) {
                return n;
            }
        }
        return -1;
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

    static Instant instant(String text) {
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
