package org.switchboard.calendar.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.switchboard.server.core.Caller;
import org.switchboard.server.core.FollowUpView;
import org.switchboard.server.core.InteractionView;
import org.switchboard.server.core.ServerConfig;
import org.switchboard.server.rest.RestServer;
import org.switchboard.testing.Await;
import org.switchboard.testing.LoopbackServer;
import org.switchboard.ui.testing.ScreenshotOnFailure;
import org.switchboard.ui.testing.UiDriver;
import org.switchboard.ui.testing.pages.AgentStatePage;
import org.switchboard.ui.testing.pages.AgentWorkbenchPage;
import org.switchboard.ui.testing.pages.CalendarViewPage;
import org.switchboard.ui.testing.pages.FollowUpFieldsPage;
import org.switchboard.ui.testing.pages.OfferPopoverPage;
import org.switchboard.ui.testing.pages.WrapUpDialogPage;

/**
 * The calendar in the agent desktop against the reference server on loopback: a follow-up scheduled
 * in a call's wrap-up (a time that has passed refused in the dialog, what was typed kept), listed in
 * the Calendar view, its reminder shown when the server's clock reaches it (announced, in a popover),
 * snoozed and back, and the customer called back from it; a follow-up scheduled from the Calendar view.
 */
@ExtendWith(ScreenshotOnFailure.class)
class CalendarDesktopTest {

    private static final ZoneId ZONE = ZoneId.systemDefault();

    private static LoopbackServer server;

    @BeforeAll
    static void start() {
        server = new LoopbackServer(ServerConfig.demo(), (center, port) -> {
            RestServer rest = RestServer.start(center, port, Duration.ofMillis(500));
            return new LoopbackServer.Endpoint(rest.baseUri(), rest);
        });
        System.setProperty(Reminders.SNOOZE_SECONDS, "1");
    }

    @AfterAll
    static void stop() {
        System.clearProperty(Reminders.SNOOZE_SECONDS);
        server.center().close();
    }

    private static void screenshot(UiDriver driver, String name) {
        String folder = System.getProperty("switchboard.screenshots");
        if (folder != null && !folder.isBlank()) {
            driver.flush();
            driver.captureScreen(Path.of(folder, name));
        }
    }

    private static AgentStatePage loggedInReady(UiDriver driver) {
        return new AgentWorkbenchPage(driver).waitUntilOpen().loggedInReady(server.api().toString(), "a1", "a1-demo");
    }

    private static List<FollowUpView> followUps() {
        return server.center().calendar().followUps("a1", null, null);
    }

    @Test
    void aFollowUpScheduledInWrapUpRemindsTheAgentWhoSnoozesItAndCallsTheCustomerBack() {
        UiDriver driver = new UiDriver(UiDriver.forDefaultDisplay().display(), Duration.ofSeconds(30));
        AgentStatePage agent = loggedInReady(driver);
        String call = server.customer(server.center().simulator().injectCall("sales",
                new Caller("Dana Whitfield", "+12015550188"), Map.of()));
        OfferPopoverPage offers = new OfferPopoverPage(driver);
        offers.waitForOffer(call).accept(call).waitUntilGone(call);
        Await.until("the call connected", () -> "CONNECTED".equals(server.center().interaction("a1", call).state()));
        server.center().simulator().hangUp(call);

        WrapUpDialogPage wrapUp = new WrapUpDialogPage(driver).waitUntilOpen();
        String yesterday = LocalDate.now(ZONE).minusDays(1).toString();
        wrapUp.reason("Resolved").followUp("Call back", yesterday, "10:00", ZONE.getId(), "15 minutes before",
                "Confirm the refund arrived").submitRefused();
        assertTrue(wrapUp.message().contains("has passed"), wrapUp.message());
        assertEquals("10:00", wrapUp.followUpTime(), "what was typed is kept");
        String tomorrow = LocalDate.now(ZONE).plusDays(1).toString();
        new FollowUpFieldsPage(driver).date(tomorrow);
        wrapUp.submit();

        FollowUpView scheduled = Await.value("the follow-up at the server", Duration.ofSeconds(20),
                CalendarDesktopTest::followUps, l -> !l.isEmpty()).get(0);
        assertEquals(List.of(call, "+12015550188", "CALL_BACK", "Confirm the refund arrived"),
                List.of(scheduled.interactionId(), scheduled.contactNumber(), scheduled.kind(), scheduled.notes()));
        CalendarViewPage calendar = CalendarViewPage.show(driver);
        calendar.waitForRow("Dana Whitfield");

        server.elapse(Duration.between(server.clock().instant(), scheduled.remindAt()).plusSeconds(1));
        calendar.reminderTitle().waitForText("Call back Dana Whitfield");
        agent.announcement().waitForText("Reminder: Call back Dana Whitfield at "
                + scheduled.due().atZone(ZONE).toLocalTime().toString());
        calendar.waitForRow("Reminded");
        screenshot(driver, "desktop-calendar-reminder.png");

        calendar.snooze();
        calendar.reminderTitle().waitForText("Call back Dana Whitfield");
        calendar.callBackFromReminder();
        InteractionView dialled = Await.value("the call back dialled", Duration.ofSeconds(20),
                () -> server.center().interactionsOf("a1").stream().filter(v -> v.channel().equals("VOICE"))
                        .findFirst().orElse(null),
                v -> v != null && v.state().equals("DIALING"));
        assertEquals("+12015550188", dialled.callerNumber());
        assertEquals("DONE", server.center().calendar().followUp("a1", scheduled.id()).state());
        server.customer(dialled.id());
        server.clearDesk("a1");
        agent.waitForState("Ready");
    }

    @Test
    void aFollowUpScheduledFromTheCalendarIsListedAndOneInThePastIsRefusedInTheDialog() {
        UiDriver driver = new UiDriver(UiDriver.forDefaultDisplay().display(), Duration.ofSeconds(30));
        loggedInReady(driver);
        CalendarViewPage calendar = CalendarViewPage.show(driver);
        String past = LocalDate.now(ZONE).minusDays(2).toString();
        String refused = calendar.newFollowUp("Iris Novak", "+12015550177", "Task", past, "09:30", ZONE.getId(),
                "At the time", "Send the brochure").scheduleRefused();
        assertTrue(refused.contains("has passed"), refused);
        assertEquals("Iris Novak", calendar.scheduleField("calendar.schedule.name"), "what was typed is kept");

        String inTwoDays = LocalDate.now(ZONE).plusDays(2).toString();
        new FollowUpFieldsPage(driver).date(inTwoDays);
        calendar.schedule();
        calendar.waitForRow("Iris Novak");
        assertTrue(followUps().stream().anyMatch(f -> f.contactName().equals("Iris Novak")
                && f.due().isAfter(Instant.now())));
        calendar.week().range().waitForTextContaining(" – ");
    }
}
