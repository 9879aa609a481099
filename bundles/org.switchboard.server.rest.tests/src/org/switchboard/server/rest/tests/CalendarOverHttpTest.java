package org.switchboard.server.rest.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.component.VEvent;

import org.switchboard.testing.Http;

/**
 * The calendar over the API: a follow-up scheduled with a wrap-up and one from the calendar, listed,
 * reminded on the event stream when due, called back, refused when bad, and exported as iCalendar.
 */
class CalendarOverHttpTest extends HttpScenario {

    private static final Map<String, Object> CALL_BACK_TOMORROW = Map.of("kind", "CALL_BACK", "due",
            "2025-03-02T10:30", "zone", "Europe/Berlin", "reminderMinutes", 15, "notes", "Confirm the refund");

    @Test
    void aFollowUpScheduledInWrapUpIsListedRemindedOnceAndCalledBack() {
        start();
        String a3 = loginReady("a3");
        SseReader events = stream(a3);
        String call = injectCall("sales");
        events.await("interaction", v -> offered(v, call));
        completes(events, a3, call, "ANSWER", "r1", null);
        completes(events, a3, call, "RELEASE", "r2", null);
        completes(events, a3, call, "WRAP_UP", "r3", Map.of("disposition", "resolved", "followUp", CALL_BACK_TOMORROW));

        Http.Reply listed = http.get("calendar/follow-ups", a3);
        assertEquals(200, listed.status(), listed.raw());
        assertEquals(1, listed.body().size(), listed.raw());
        JsonNode f = listed.body().get(0);
        assertEquals(List.of(call, "+12015550188", "Dana Whitfield", "SCHEDULED", "2025-03-02T09:30:00Z",
                "2025-03-02T09:15:00Z"), List.of(f.path("interactionId").asText(), f.path("contactNumber").asText(),
                        f.path("contactName").asText(), f.path("state").asText(), f.path("due").asText(),
                        f.path("remindAt").asText()));
        String id = f.path("id").asText();

        clock.advance(Duration.ofHours(24).plusMinutes(15));
        center.tick();
        JsonNode reminder = events.await("reminder").data();
        assertEquals(id, reminder.path("id").asText());
        assertEquals("REMINDED", http.get("calendar/follow-ups/" + id, a3).body().path("state").asText());

        Http.Reply dialled = http.post("calendar/follow-ups/" + id + "/call-back", a3, Map.of());
        assertEquals(201, dialled.status(), dialled.raw());
        assertEquals("DIALING", dialled.text("state"));
        assertEquals("DONE", http.get("calendar/follow-ups/" + id, a3).body().path("state").asText());
        center.tick();
        assertTrue(events.seen.stream().filter(e -> e.name().equals("reminder")).count() == 1, "reminded once");
    }

    @Test
    void badFollowUpsAreRefused400NamingTheRuleAndAnotherAgentsIsNotFound() {
        start();
        String a1 = login("a1");
        String a2 = login("a2");
        assertRefused(http.post("calendar/follow-ups", a1, Map.of("due", "2025-02-01T10:00", "zone", "UTC")),
                "FOLLOW_UP_NOT_IN_FUTURE");
        assertRefused(http.post("calendar/follow-ups", a1, Map.of("due", "2025-04-01T10:00", "zone", "Mars/Base")),
                "FOLLOW_UP_UNKNOWN_TIME_ZONE");
        assertRefused(http.post("calendar/follow-ups", a1, Map.of("due", "2025-04-01T10:00", "zone", "UTC",
                "reminderMinutes", -5)), "FOLLOW_UP_REMINDER_OUT_OF_RANGE");
        assertRefused(http.post("calendar/follow-ups", a1, Map.of("kind", "CALL_BACK", "due", "2025-04-01T10:00",
                "zone", "UTC")), "FOLLOW_UP_NEEDS_NUMBER");
        assertEquals(400, http.post("calendar/follow-ups", a1, Map.of("due", "tomorrow", "zone", "UTC")).status());
        assertEquals(400, http.get("calendar/follow-ups?from=yesterday", a1).status());

        Http.Reply mine = http.post("calendar/follow-ups", a1, Map.of("due", "2025-04-01T10:00", "zone", "UTC",
                "contactName", "Iris Novak"));
        assertEquals(201, mine.status(), mine.raw());
        String id = mine.text("id");
        assertEquals(404, http.get("calendar/follow-ups/" + id, a2).status());
        assertEquals(404, http.delete("calendar/follow-ups/" + id, a2).status());
        assertEquals(403, http.get("calendar/follow-ups", staff("admin")).status());
        assertEquals(204, http.delete("calendar/follow-ups/" + id, a1).status());
        assertEquals(0, http.get("calendar/follow-ups", a1).body().size());
    }

    private static void assertRefused(Http.Reply r, String rule) {
        assertEquals(400, r.status(), r.raw());
        assertEquals(rule, r.body().path("rule").asText(), r.raw());
    }

    @Test
    void theCalendarExportsAsICalendarWithAnAlarmPerFollowUpNotDone() throws Exception {
        start();
        String a1 = login("a1");
        String open = http.post("calendar/follow-ups", a1, Map.of("kind", "CALL_BACK", "due", "2025-03-05T16:00",
                "zone", "America/New_York", "reminderMinutes", 30, "notes", "Quote, with; commas\nand lines",
                "contactName", "Iris Novak", "contactNumber", "+12015550177")).text("id");
        String done = http.post("calendar/follow-ups", a1, Map.of("due", "2025-03-06T09:00", "zone", "UTC"))
                .text("id");
        assertEquals(200, http.post("calendar/follow-ups/" + done + "/done", a1, Map.of()).status());

        HttpResponse<byte[]> r = http.getBytes("calendar/export", a1);
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/calendar"));
        Calendar calendar = new CalendarBuilder()
                .build(new StringReader(new String(r.body(), StandardCharsets.UTF_8)));
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertEquals(2, events.size());
        VEvent first = events.get(0);
        assertEquals(open + "@switchboard", first.getUid().orElseThrow().getValue());
        assertEquals("Call back Iris Novak", first.getSummary().getValue());
        assertEquals("Quote, with; commas\nand lines", first.getDescription().getValue());
        assertEquals("20250305T210000Z", first.getProperty("DTSTART").orElseThrow().getValue(),
                "16:00 in New York before its DST change is 21:00 UTC");
        List<VAlarm> alarms = first.getAlarms();
        assertEquals(1, alarms.size());
        assertEquals("-PT30M", alarms.get(0).getProperty("TRIGGER").orElseThrow().getValue());
        assertEquals(List.of(), events.get(1).getAlarms(), "a follow-up done has no alarm");
    }
}
