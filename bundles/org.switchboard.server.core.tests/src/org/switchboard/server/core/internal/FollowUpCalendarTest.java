package org.switchboard.server.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.switchboard.core.Rule;
import org.switchboard.server.core.ActionParams;
import org.switchboard.server.core.EventTypes;
import org.switchboard.server.core.FollowUpRequest;
import org.switchboard.server.core.FollowUpView;
import org.switchboard.server.core.InteractionView;
import org.switchboard.server.core.ServerConfig;
import org.switchboard.server.core.ServerEvent;
import org.switchboard.server.core.ServerRefusal;

/** Follow-ups scheduled in wrap-up and in the calendar, their reminders on the manual clock, and call back. */
class FollowUpCalendarTest {

    private static final String BERLIN = "Europe/Berlin";

    private final Desk desk = new Desk();

    @AfterEach
    void close() {
        desk.close();
    }

    private void moveTo(Instant t) {
        desk.clock.advance(Duration.between(desk.clock.instant(), t));
        desk.engine.tick();
    }

    private List<FollowUpView> reminders(String agentId) {
        return desk.events(agentId).stream().filter(e -> e.type().equals(EventTypes.REMINDER))
                .map(e -> (FollowUpView) e.data()).toList();
    }

    private String wrappedUpCall(FollowUpRequest followUp) {
        desk.ready("a3");
        String call = desk.call("sales");
        desk.does("a3", call, "ANSWER");
        desk.does("a3", call, "RELEASE");
        desk.does("a3", call, "WRAP_UP", ActionParams.wrapUp("resolved", "Refund sent", followUp));
        return call;
    }

    private static FollowUpRequest task(String localDue, int reminderMinutes) {
        return new FollowUpRequest("TASK", LocalDateTime.parse(localDue), BERLIN, reminderMinutes, "Check the refund",
                "Dana Whitfield", null, null);
    }

    @Test
    void aFollowUpScheduledInWrapUpBelongsToTheCallAndItsCustomerAndRemindsOnce() {
        String call = wrappedUpCall(FollowUpRequest.inWrapUp("CALL_BACK", LocalDateTime.parse("2025-03-03T10:00"),
                BERLIN, 15, "Confirm the refund arrived"));

        List<FollowUpView> scheduled = desk.engine.calendar().followUps("a3", org.switchboard.testing.ManualClock.START,
                org.switchboard.testing.ManualClock.START.plus(Duration.ofDays(7)));
        assertEquals(1, scheduled.size());
        FollowUpView f = scheduled.get(0);
        assertEquals(List.of(call, "+12015550188", "Dana Whitfield", "CALL_BACK", "SCHEDULED"),
                List.of(f.interactionId(), f.contactNumber(), f.contactName(), f.kind(), f.state()));
        assertEquals(Instant.parse("2025-03-03T09:00:00Z"), f.due(), "10:00 in Berlin in winter is 09:00 UTC");
        assertEquals(Instant.parse("2025-03-03T08:45:00Z"), f.remindAt());
        desk.events("a3");

        moveTo(Instant.parse("2025-03-03T08:44:59Z"));
        assertEquals(List.of(), reminders("a3"));
        moveTo(Instant.parse("2025-03-03T08:45:00Z"));
        assertEquals(List.of(f.id()), reminders("a3").stream().map(FollowUpView::id).toList());
        moveTo(Instant.parse("2025-03-03T09:30:00Z"));
        assertEquals(List.of(), reminders("a3"), "once");
        assertEquals("REMINDED", desk.store.followUps.get(f.id()).state());
    }

    @Test
    void aWrapUpWithAFollowUpInThePastIsRefusedWhole() {
        desk.ready("a3");
        String call = desk.call("sales");
        desk.does("a3", call, "ANSWER");
        desk.does("a3", call, "RELEASE");
        FollowUpRequest past = FollowUpRequest.inWrapUp("TASK", LocalDateTime.parse("2025-03-01T09:00"), BERLIN, 0,
                null);
        assertEquals(Rule.FOLLOW_UP_NOT_IN_FUTURE.name(),
                desk.act("a3", call, "WRAP_UP", ActionParams.wrapUp("resolved", "", past)).rule());
        assertEquals(0, desk.store.wrapUpsOf(call));
        assertEquals(0, desk.store.followUps.size());
        desk.assertState("WRAP_UP", "a3");
    }

    @Test
    void aReminderAtAWallTimeTheClocksPassTwiceFiresOnceAtTheFirst() {
        desk.ready("a3");
        // 26 October 2025, Berlin: 03:00 CEST becomes 02:00 CET, so 02:30 happens at 00:30Z and at 01:30Z.
        FollowUpView f = desk.engine.calendar().schedule("a3", task("2025-10-26T02:30", 0));
        assertEquals(Instant.parse("2025-10-26T00:30:00Z"), f.due());
        desk.events("a3");

        moveTo(Instant.parse("2025-10-26T00:29:59Z"));
        assertEquals(List.of(), reminders("a3"));
        moveTo(Instant.parse("2025-10-26T00:30:00Z"));
        assertEquals(1, reminders("a3").size());
        moveTo(Instant.parse("2025-10-26T01:30:00Z"));
        moveTo(Instant.parse("2025-10-26T02:00:00Z"));
        assertEquals(List.of(), reminders("a3"), "not again when 02:30 comes round the second time");
    }

    @Test
    void aReminderAtAWallTimeTheClocksSkipFiresAfterTheGap() {
        desk.ready("a3");
        // 30 March 2025, Berlin: 02:00 CET becomes 03:00 CEST; 02:30 does not exist and means 03:30 CEST.
        FollowUpView f = desk.engine.calendar().schedule("a3", task("2025-03-30T02:30", 10));
        assertEquals(Instant.parse("2025-03-30T01:30:00Z"), f.due());
        desk.events("a3");

        moveTo(Instant.parse("2025-03-30T01:19:59Z"));
        assertEquals(List.of(), reminders("a3"));
        moveTo(Instant.parse("2025-03-30T01:20:00Z"));
        assertEquals(1, reminders("a3").size());
    }

    @Test
    void anAgentWithoutASessionWhenTheReminderIsDueGetsItAtItsNextLoginOnce() {
        desk.ready("a3");
        FollowUpView f = desk.engine.calendar().schedule("a3", task("2025-03-01T11:00", 0));
        desk.engine.logout("a3");
        moveTo(Instant.parse("2025-03-01T10:30:00Z"));
        assertEquals("SCHEDULED", desk.engine.calendar().followUp("a3", f.id()).state(), "nobody to remind yet");

        desk.engine.login("a3", "a3-demo");
        List<ServerEvent> sinceLogin = desk.engine.feed("a3").after(0).events();
        assertEquals(List.of(f.id()), sinceLogin.stream().filter(e -> e.type().equals(EventTypes.REMINDER))
                .map(e -> ((FollowUpView) e.data()).id()).toList());
        assertEquals("REMINDED", desk.engine.calendar().followUp("a3", f.id()).state());
        desk.engine.login("a3", "a3-demo");
        assertEquals(0, desk.engine.feed("a3").after(0).events().stream()
                .filter(e -> e.type().equals(EventTypes.REMINDER)).count(), "not again at the login after");
    }

    @Test
    void followUpsOutliveARestartAndARemindedOneIsNotRemindedAgain() {
        desk.ready("a3");
        FollowUpView early = desk.engine.calendar().schedule("a3", task("2025-03-01T10:30", 0));
        FollowUpView late = desk.engine.calendar().schedule("a3", task("2025-03-01T12:00", 0));
        moveTo(Instant.parse("2025-03-01T09:30:00Z"));
        desk.engine.close();

        ContactCenterEngine restarted = new ContactCenterEngine(ServerConfig.demo(), desk.clock, null, desk.store);
        try {
            restarted.login("a3", "a3-demo");
            assertEquals(List.of(early.id(), late.id()), restarted.calendar()
                    .followUps("a3", org.switchboard.testing.ManualClock.START, org.switchboard.testing.ManualClock.START.plus(Duration.ofDays(1))).stream()
                    .map(FollowUpView::id).toList());
            desk.clock.advance(Duration.ofHours(2));
            restarted.tick();
            assertEquals(List.of(late.id()), restarted.feed("a3").after(0).events().stream()
                    .filter(e -> e.type().equals(EventTypes.REMINDER)).map(e -> ((FollowUpView) e.data()).id())
                    .toList());
            assertEquals("f-3", restarted.calendar()
                    .schedule("a3", task("2025-03-02T12:00", 0)).id(), "numbering goes on after the stored ones");
        } finally {
            restarted.close();
        }
    }

    @Test
    void callBackDialsTheContactAndMarksTheFollowUpDone() {
        wrappedUpCall(FollowUpRequest.inWrapUp("CALL_BACK", LocalDateTime.parse("2025-03-01T11:00"), BERLIN, 0, null));
        FollowUpView f = desk.engine.calendar().followUps("a3", org.switchboard.testing.ManualClock.START,
                org.switchboard.testing.ManualClock.START.plus(Duration.ofDays(1))).get(0);

        InteractionView call = desk.engine.calendar().callBack("a3", f.id());
        assertEquals("DIALING", call.state());
        assertEquals("DONE", desk.engine.calendar().followUp("a3", f.id()).state());
        desk.clock.advance(Duration.ofHours(1));
        desk.engine.tick();
        assertEquals(List.of(), reminders("a3").stream().filter(r -> r.id().equals(f.id())).toList(),
                "a follow-up called back is not reminded");
        ServerRefusal again = assertThrows(ServerRefusal.class, () -> desk.engine.calendar().followUp("a1", f.id()));
        assertEquals(ServerRefusal.Reason.NOT_FOUND, again.reason(), "another agent's follow-up is not found");
    }

    @Test
    void badRequestsAreRefusedNamingTheRule() {
        desk.ready("a3");
        ServerRefusal zone = assertThrows(ServerRefusal.class, () -> desk.engine.calendar().schedule("a3",
                new FollowUpRequest("TASK", LocalDateTime.parse("2025-03-02T10:00"), "Mars/Olympus", 0, null, null,
                        null, null)));
        assertEquals(Rule.FOLLOW_UP_UNKNOWN_TIME_ZONE, zone.rule().orElseThrow());
        ServerRefusal past = assertThrows(ServerRefusal.class,
                () -> desk.engine.calendar().schedule("a3", task("2025-02-28T10:00", 0)));
        assertEquals(Rule.FOLLOW_UP_NOT_IN_FUTURE, past.rule().orElseThrow());
        ServerRefusal reminder = assertThrows(ServerRefusal.class,
                () -> desk.engine.calendar().schedule("a3", task("2025-03-02T10:00", 8 * 24 * 60)));
        assertEquals(Rule.FOLLOW_UP_REMINDER_OUT_OF_RANGE, reminder.rule().orElseThrow());
        ServerRefusal number = assertThrows(ServerRefusal.class, () -> desk.engine.calendar().schedule("a3",
                new FollowUpRequest("CALL_BACK", LocalDateTime.parse("2025-03-02T10:00"), BERLIN, 0, null, "Dana",
                        null, null)));
        assertEquals(Rule.FOLLOW_UP_NEEDS_NUMBER, number.rule().orElseThrow());
        assertNull(desk.store.followUps.values().stream().findAny().orElse(null));
    }
}
