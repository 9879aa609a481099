package org.switchboard.connector.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.connector.ActionRefusal;
import org.switchboard.connector.AgentStateService;
import org.switchboard.connector.CalendarService;
import org.switchboard.connector.CalendarService.FollowUp;
import org.switchboard.connector.CalendarService.FollowUpRequest;
import org.switchboard.connector.CalendarService.Kind;
import org.switchboard.connector.ConnectionSettings;
import org.switchboard.connector.ConnectorEvent.InteractionChanged;
import org.switchboard.connector.ConnectorEvent.InteractionOffered;
import org.switchboard.connector.ConnectorEvent.Reminder;
import org.switchboard.connector.ConnectorEvent.StateReconciled;
import org.switchboard.connector.ConnectorSession;
import org.switchboard.connector.InteractionInfo;
import org.switchboard.connector.TelephonyService;
import org.switchboard.core.agent.AgentState;
import org.switchboard.core.voice.CallAction;
import org.switchboard.server.core.Caller;

/**
 * The connector's calendar against the reference server: a follow-up scheduled with a call's wrap-up
 * through the outbox, reminded as an event, listed and called back; one in the past refused by rule.
 */
class CalendarAgainstServerTest {

    private static final ZoneId ZONE = ZoneId.of("Europe/Lisbon");

    @TempDir
    Path data;

    @RegisterExtension
    final ConnectorSessions sessions = new ConnectorSessions();

    private static <T> T done(CompletionStage<T> stage) throws Exception {
        return stage.toCompletableFuture().get(EventLog.WAIT.toSeconds(), TimeUnit.SECONDS);
    }

    private ConnectorSession readyAgent(ServerUnderTest server, EventLog log) throws Exception {
        ConnectorSession session = sessions.open(ConnectionSettings.of(server.baseUri(), "a1",
                "a1-demo".toCharArray(), data), log);
        log.await(StateReconciled.class, r -> true);
        done(session.adapt(AgentStateService.class).orElseThrow().changeState(AgentState.READY, null));
        return session;
    }

    @Test
    void aCallBackScheduledInWrapUpIsRemindedListedAndCalledBack() throws Exception {
        ServerUnderTest server = sessions.closeAfter(new ServerUnderTest());
        EventLog log = new EventLog();
        ConnectorSession session = readyAgent(server, log);
        TelephonyService telephony = session.adapt(TelephonyService.class).orElseThrow();
        CalendarService calendar = session.adapt(CalendarService.class).orElseThrow();
        String call = server.center.simulator().injectCall("sales", new Caller("Dana Whitfield", "+12015550188"),
                Map.of());
        log.await(InteractionOffered.class, o -> o.interaction().id().equals(call));
        done(telephony.perform(call, CallAction.ANSWER));
        server.center.simulator().hangUp(call);
        log.await(InteractionChanged.class, c -> c.interaction().id().equals(call) && c.interaction().wrapUpOwed());

        // due in one to two minutes with a five-minute reminder: the reminder is due at once
        LocalDateTime due = LocalDateTime.now(ZONE).plusMinutes(2).truncatedTo(ChronoUnit.MINUTES);
        done(telephony.wrapUp(call, "resolved", "Refund issued",
                FollowUpRequest.withWrapUp(Kind.CALL_BACK, due, ZONE, Duration.ofMinutes(5), "Check the refund")));
        server.center.tick();

        FollowUp reminded = log.await(Reminder.class, r -> true).followUp();
        assertEquals(List.of(call, "+12015550188", "Dana Whitfield", "Check the refund", "REMINDED"),
                List.of(reminded.interactionId(), reminded.contactNumber(), reminded.contactName(),
                        reminded.notes(), reminded.state().name()));
        assertEquals(due, reminded.localDue());
        assertEquals(ZONE, reminded.zone());
        List<FollowUp> listed = done(calendar.followUps(reminded.due().minusSeconds(1), reminded.due().plusSeconds(1)));
        assertEquals(List.of(reminded.id()), listed.stream().map(FollowUp::id).toList());

        InteractionInfo callBack = done(calendar.callBack(reminded.id()));
        assertEquals("DIALING", callBack.state());
        assertEquals("+12015550188", callBack.callerNumber());
        assertEquals(CalendarService.State.DONE, done(calendar.followUps(reminded.due().minusSeconds(1),
                reminded.due().plusSeconds(1))).get(0).state());
    }

    @Test
    void aFollowUpInThePastIsRefusedNamingTheRule() throws Exception {
        ServerUnderTest server = sessions.closeAfter(new ServerUnderTest());
        ConnectorSession session = readyAgent(server, new EventLog());
        CalendarService calendar = session.adapt(CalendarService.class).orElseThrow();
        ExecutionException refused = assertThrows(ExecutionException.class, () -> done(calendar.schedule(
                new FollowUpRequest(Kind.TASK, LocalDateTime.now(ZONE).minusHours(1), ZONE, Duration.ZERO, "late",
                        "Dana Whitfield", null, null))));
        ActionRefusal refusal = assertInstanceOf(ActionRefusal.class, refused.getCause());
        assertEquals("FOLLOW_UP_NOT_IN_FUTURE", refusal.refusal().rule());

        FollowUp scheduled = done(calendar.schedule(new FollowUpRequest(Kind.TASK,
                LocalDateTime.now(ZONE).plusDays(1), ZONE, Duration.ofMinutes(10), "Send the brochure",
                "Iris Novak", null, null)));
        assertEquals(CalendarService.State.DONE, done(calendar.complete(scheduled.id())).state());
        done(calendar.cancel(scheduled.id()));
        assertEquals(List.of(), done(calendar.followUps(scheduled.due().minusSeconds(1), scheduled.due().plusSeconds(1))));
    }
}
