package org.switchboard.connector.rest.internal;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.switchboard.connector.CalendarService;
import org.switchboard.connector.CalendarService.FollowUp;
import org.switchboard.connector.CalendarService.FollowUpRequest;

import com.fasterxml.jackson.databind.JsonNode;

/** Follow-ups between the SPI's records and Switchboard Server's JSON; anything unreadable is malformed. */
final class CalendarJson {

    private CalendarJson() {
    }

    /** The server's {@code FollowUpRequest}: only the fields set, as a wrap-up's params or a request body. */
    static Map<String, Object> request(FollowUpRequest r) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("kind", r.kind().name());
        out.put("due", r.due().toString());
        out.put("zone", r.zone().getId());
        out.put("reminderMinutes", r.reminder() == null ? 0 : r.reminder().toMinutes());
        putIfSet(out, "notes", r.notes());
        putIfSet(out, "contactName", r.contactName());
        putIfSet(out, "contactNumber", r.contactNumber());
        putIfSet(out, "interactionId", r.interactionId());
        return out;
    }

    private static void putIfSet(Map<String, Object> out, String field, String value) {
        if (value != null && !value.isBlank()) {
            out.put(field, value);
        }
    }

    static FollowUp followUp(JsonNode f) {
        try {
            return new FollowUp(EventMapper.required(f, "id"),
                    EventMapper.named(CalendarService.Kind.class, EventMapper.required(f, "kind"), "follow-up kind"),
                    EventMapper.instant(EventMapper.required(f, "due")),
                    LocalDateTime.parse(EventMapper.required(f, "localDue")),
                    ZoneId.of(EventMapper.required(f, "zone")),
                    Duration.ofMinutes(f.path("reminderMinutes").asLong()),
                    EventMapper.instant(EventMapper.text(f, "remindAt")), f.path("notes").asText(""),
                    EventMapper.text(f, "contactName"), EventMapper.text(f, "contactNumber"),
                    EventMapper.text(f, "interactionId"),
                    EventMapper.named(CalendarService.State.class, EventMapper.required(f, "state"),
                            "follow-up state"));
        } catch (DateTimeParseException e) {
            throw new MalformedEventException("unreadable follow-up time: " + e.getParsedString());
        } catch (DateTimeException e) {
            throw new MalformedEventException("unknown follow-up zone: " + f.get("zone"));
        }
    }
}
