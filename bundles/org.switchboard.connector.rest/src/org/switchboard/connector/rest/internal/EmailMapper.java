package org.switchboard.connector.rest.internal;

import java.util.ArrayList;
import java.util.List;

import org.switchboard.connector.ConnectorException;
import org.switchboard.connector.EmailDetails;
import org.switchboard.connector.EmailQueue;

import com.fasterxml.jackson.databind.JsonNode;

/** The server's JSON for an email's case and for the email queues, as the connector's types. */
final class EmailMapper {

    private EmailMapper() {
    }

    /** An email interaction's case and thread; null for anything but an email. */
    static EmailDetails details(JsonNode i) {
        JsonNode e = i.path("email");
        if (!"EMAIL".equals(EventMapper.text(i, "channel")) || !e.isObject()) {
            return null;
        }
        List<EmailDetails.Message> messages = new ArrayList<>();
        for (JsonNode m : e.path("messages")) {
            List<EmailDetails.Attachment> attachments = new ArrayList<>();
            for (JsonNode a : m.path("attachments")) {
                attachments.add(new EmailDetails.Attachment(EventMapper.text(a, "fileName"),
                        EventMapper.text(a, "mediaType"), a.path("size").asLong(), EventMapper.text(a, "refusal")));
            }
            messages.add(new EmailDetails.Message(EventMapper.text(m, "messageId"),
                    "OUTBOUND".equals(EventMapper.text(m, "direction")) ? EmailDetails.Direction.OUTBOUND
                            : EmailDetails.Direction.INBOUND,
                    EventMapper.text(m, "kind"), EventMapper.text(m, "from"), EventMapper.text(m, "to"),
                    EventMapper.text(m, "subject"), EventMapper.text(m, "text"), EventMapper.text(m, "html"),
                    EventMapper.instant(EventMapper.text(m, "at")), attachments, EventMapper.text(m, "delivery")));
        }
        return new EmailDetails(EventMapper.required(i, "id"), EventMapper.text(e, "caseId"),
                EventMapper.text(e, "token"), EventMapper.text(e, "subject"), messages, EventMapper.text(e, "draft"));
    }

    static List<EmailQueue> queues(JsonNode array) {
        if (array == null || !array.isArray()) {
            throw new ConnectorException("The email queues answer is not a list.");
        }
        List<EmailQueue> out = new ArrayList<>();
        for (JsonNode q : array) {
            List<EmailQueue.Item> items = new ArrayList<>();
            for (JsonNode it : q.path("items")) {
                items.add(new EmailQueue.Item(EventMapper.required(it, "interactionId"), EventMapper.text(it, "caseId"),
                        EventMapper.text(it, "from"), EventMapper.text(it, "subject"),
                        EventMapper.instant(EventMapper.text(it, "arrived")), it.path("draft").asBoolean()));
            }
            out.add(new EmailQueue(EventMapper.required(q, "id"), EventMapper.text(q, "name"),
                    "PERSONAL".equals(EventMapper.text(q, "kind")) ? EmailQueue.Kind.PERSONAL : EmailQueue.Kind.TEAM,
                    items));
        }
        return List.copyOf(out);
    }
}
