package org.switchboard.server.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.switchboard.server.core.EventTypes;
import org.switchboard.server.core.HelpRequestView;
import org.switchboard.server.core.InteractionView;
import org.switchboard.server.core.SupervisedCallView;
import org.switchboard.server.core.Notice;
import org.switchboard.server.core.ServerConfig;
import org.switchboard.server.core.ServerEvent;
import org.switchboard.server.core.ServerRefusal;
import org.switchboard.server.core.TeamMemberView;
import org.switchboard.server.core.TeamSnapshot;

/** Supervisors see their team's agents live, take help requests, and what a supervisor leaving does to them. */
class TeamHandlerTest {

    private final Desk desk = new Desk();
    private long supervisorCursor;
    private long secondCursor;

    @AfterEach
    void close() {
        desk.close();
    }

    private List<ServerEvent> supervisorEvents(String id) {
        boolean first = id.equals("s1");
        List<ServerEvent> out = desk.engine.team().feed(id).after(first ? supervisorCursor : secondCursor).events();
        if (!out.isEmpty()) {
            if (first) {
                supervisorCursor = out.getLast().id();
            } else {
                secondCursor = out.getLast().id();
            }
        }
        return out;
    }

    /** a1 Ready, a call offered to it and answered. */
    private String answeredCall() {
        desk.ready("a1");
        String call = desk.call("sales");
        desk.does("a1", call, "ANSWER");
        return call;
    }

    private static <T> List<T> data(List<ServerEvent> events, String type, Class<T> kind) {
        return events.stream().filter(e -> e.type().equals(type)).map(e -> kind.cast(e.data())).toList();
    }

    @Test
    void theTeamViewShowsEachAgentsStateTimeInStateAndCurrentCall() {
        desk.engine.team().join("s1", "Sofia Martins", "front");
        ServerEvent snapshot = desk.engine.team().snapshot("s1");
        TeamSnapshot team = (TeamSnapshot) snapshot.data();
        assertEquals("Front line", team.teamName());
        assertTrue(team.members().stream().anyMatch(m -> m.agentId().equals("a1")));
        assertTrue(team.members().stream().noneMatch(m -> m.agentId().equals("a3")), "another team's agent");

        desk.clock.advance(Duration.ofMinutes(5));
        desk.ready("a1");
        TeamMemberView ready = data(supervisorEvents("s1"), EventTypes.TEAM_MEMBER, TeamMemberView.class).getLast();
        assertEquals("READY", ready.state());
        assertEquals(desk.clock.instant(), ready.since(), "time in state counts from the change");

        String call = desk.call("sales");
        desk.does("a1", call, "ANSWER");
        TeamMemberView onCall = data(supervisorEvents("s1"), EventTypes.TEAM_MEMBER, TeamMemberView.class).getLast();
        assertEquals(call, onCall.interactionId());
        assertEquals("VOICE", onCall.channel());
        assertEquals("Dana Whitfield", onCall.customer());
    }

    @Test
    void aHelpRequestReachesTheSupervisorAtOnceAndTheAgentSeesWhoTookIt() {
        desk.engine.team().join("s1", "Sofia Martins", "front");
        supervisorEvents("s1");
        String call = answeredCall();
        desk.events("a1");

        HelpRequestView raised = desk.engine.team().raiseHelp("a1", call, "Customer asks for a refund over my limit");
        HelpRequestView seen = data(supervisorEvents("s1"), EventTypes.HELP_REQUEST, HelpRequestView.class).getLast();
        assertEquals(raised, seen);
        assertEquals(HelpRequestView.OPEN, seen.status());
        assertEquals(raised, desk.engine.team().raiseHelp("a1", call, "again"), "one open request per interaction");

        HelpRequestView taken = desk.engine.team().take("s1", "front", raised.id());
        assertEquals("Sofia Martins", taken.takenByName());
        List<ServerEvent> agentEvents = desk.events("a1");
        assertEquals(HelpRequestView.TAKEN,
                data(agentEvents, EventTypes.HELP_REQUEST, HelpRequestView.class).getLast().status());
        Notice told = data(agentEvents, EventTypes.NOTICE, Notice.class).getLast();
        assertEquals("Sofia Martins took your help request.", told.message());
        assertEquals(call, told.interactionId());

        desk.engine.team().join("s2", "Omar Haddad", "front");
        ServerRefusal second = assertThrows(ServerRefusal.class, () -> desk.engine.team().take("s2", "front", raised.id()));
        assertEquals(ServerRefusal.Reason.CONFLICT, second.reason());
        assertTrue(second.getMessage().contains("Sofia Martins"), second.getMessage());

        desk.engine.team().close("s1", "front", raised.id());
        assertTrue(desk.engine.team().helpRequests("front").isEmpty());
    }

    @Test
    void aRequestTakenBySupervisorWhoLogsOutGoesBackToTheOtherSupervisorsOrStaysOpen() {
        desk.engine.team().join("s1", "Sofia Martins", "front");
        desk.engine.team().join("s2", "Omar Haddad", "front");
        String call = answeredCall();
        HelpRequestView raised = desk.engine.team().raiseHelp("a1", call, "Angry caller");
        desk.engine.team().take("s1", "front", raised.id());
        supervisorEvents("s2");
        desk.events("a1");

        desk.engine.team().leave("s1");
        HelpRequestView reopened = data(supervisorEvents("s2"), EventTypes.HELP_REQUEST, HelpRequestView.class)
                .getLast();
        assertEquals(HelpRequestView.OPEN, reopened.status());
        assertNull(reopened.takenBy());
        assertTrue(desk.notices("a1").getLast().message().contains("open again for your team's other supervisors"));

        desk.engine.team().take("s2", "front", raised.id());
        desk.engine.team().leave("s2");
        desk.events("a1");
        assertEquals(HelpRequestView.OPEN, desk.engine.team().helpRequests("front").getFirst().status());
    }

    @Test
    void withNoSupervisorPresentTheRequestStaysOpenAndTheAgentIsToldWhy() {
        String call = answeredCall();
        desk.events("a1");
        desk.engine.team().raiseHelp("a1", call, "Need a second opinion");
        assertTrue(desk.notices("a1").getLast().message().startsWith("No supervisor of your team is logged in"));

        desk.engine.team().join("s1", "Sofia Martins", "front");
        TeamSnapshot team = (TeamSnapshot) desk.engine.team().snapshot("s1").data();
        assertEquals(1, team.helpRequests().size(), "the next supervisor to come finds it");
    }

    @Test
    void badRequestsAreRefusedAndChangeNothing() {
        desk.ready("a1");
        desk.ready("a2");
        String call = desk.call("sales");
        String agent = desk.offeredTo(call, "a1", "a2");
        String other = agent.equals("a1") ? "a2" : "a1";
        desk.does(agent, call, "ANSWER");
        assertEquals(ServerRefusal.Reason.INVALID, assertThrows(ServerRefusal.class,
                () -> desk.engine.team().raiseHelp(agent, call, "  ")).reason());
        assertEquals(ServerRefusal.Reason.INVALID, assertThrows(ServerRefusal.class,
                () -> desk.engine.team().raiseHelp(agent, call, "x".repeat(HelpRequestView.NOTE_LIMIT + 1))).reason());
        assertEquals(ServerRefusal.Reason.FORBIDDEN, assertThrows(ServerRefusal.class,
                () -> desk.engine.team().raiseHelp(other, call, "not mine")).reason());
        assertEquals(ServerRefusal.Reason.UNAUTHORIZED, assertThrows(ServerRefusal.class,
                () -> desk.engine.team().take("s1", "front", "h-1")).reason(), "a supervisor not present");
        desk.engine.team().join("s1", "Sofia Martins", "front");
        assertEquals(ServerRefusal.Reason.NOT_FOUND, assertThrows(ServerRefusal.class,
                () -> desk.engine.team().take("s1", "front", "h-404")).reason());
        assertTrue(desk.engine.team().helpRequests("front").isEmpty());
    }

    @Test
    void anInteractionIsFlaggedForReviewAfterItIsOver() {
        String call = answeredCall();
        desk.does("a1", call, "RELEASE");
        desk.does("a1", call, "WRAP_UP", Desk.wrapUp("resolved", null));
        desk.engine.team().join("s1", "Sofia Martins", "front");

        HelpRequestView flag = desk.engine.team().flagForReview("a1", call, "The caller quoted a wrong tariff");
        assertEquals(HelpRequestView.REVIEW, flag.kind());
        assertEquals(flag, data(supervisorEvents("s1"), EventTypes.HELP_REQUEST, HelpRequestView.class).getLast());
        assertEquals(ServerRefusal.Reason.NOT_FOUND, assertThrows(ServerRefusal.class,
                () -> desk.engine.team().flagForReview("a2", call, "not mine")).reason());
    }

    private static java.util.Set<String> parties(InteractionView view) {
        java.util.Set<String> out = new java.util.LinkedHashSet<>();
        view.participants().forEach(p -> out.add(p.kind() + ":" + p.role() + ":" + p.id()));
        return out;
    }

    @Test
    void aSupervisorMonitorsWhispersAndBargesInAsTheSwitchReportsItsParties() {
        desk.engine.team().join("s1", "Sofia Martins", "front");
        String call = answeredCall();
        desk.events("a1");

        desk.engine.team().supervise("s1", "front", call, SupervisedCallView.MONITOR);
        assertTrue(parties(desk.engine.interaction("a1", call)).stream().noneMatch(p -> p.startsWith("SUPERVISOR")),
                "a silent monitor is no party the agent sees");

        desk.engine.team().supervise("s1", "front", call, SupervisedCallView.WHISPER);
        InteractionView whispered = desk.view("a1", v -> v.id().equals(call));
        assertTrue(parties(whispered).contains("SUPERVISOR:WHISPERING:s1"), parties(whispered).toString());

        desk.engine.team().supervise("s1", "front", call, SupervisedCallView.BARGE);
        InteractionView barged = desk.view("a1", v -> v.id().equals(call));
        assertTrue(parties(barged).contains("SUPERVISOR:BARGED_IN:s1"), parties(barged).toString());
        assertEquals(SupervisedCallView.BARGE, data(supervisorEvents("s1"), EventTypes.SUPERVISION,
                SupervisedCallView.class).getLast().mode());

        desk.engine.simulator().hangUp(call);
        assertEquals(SupervisedCallView.ENDED, data(supervisorEvents("s1"), EventTypes.SUPERVISION,
                SupervisedCallView.class).getLast().mode(), "the supervisor is told the call ended");
        InteractionView ended = desk.view("a1", v -> v.id().equals(call));
        assertTrue(parties(ended).stream().noneMatch(p -> p.startsWith("SUPERVISOR")), parties(ended).toString());

        ServerRefusal late = assertThrows(ServerRefusal.class,
                () -> desk.engine.team().supervise("s1", "front", call, SupervisedCallView.WHISPER));
        assertEquals(ServerRefusal.Reason.CONFLICT, late.reason());
        assertEquals("The call has ended: there is nothing to whisper into.", late.getMessage());
    }

    @Test
    void aSupervisorListensOnlyToItsOwnTeamsConnectedCalls() {
        desk.engine.team().join("s1", "Sofia Martins", "front");
        desk.engine.team().join("s9", "Lena Berg", "back");
        desk.ready("a1");
        String call = desk.call("sales");
        assertEquals(ServerRefusal.Reason.CONFLICT, assertThrows(ServerRefusal.class,
                () -> desk.engine.team().supervise("s1", "front", call, SupervisedCallView.MONITOR)).reason(),
                "ringing: nobody to listen to yet");
        desk.does("a1", call, "ANSWER");
        assertEquals(ServerRefusal.Reason.FORBIDDEN, assertThrows(ServerRefusal.class,
                () -> desk.engine.team().supervise("s9", "back", call, SupervisedCallView.MONITOR)).reason());
        assertEquals(ServerRefusal.Reason.INVALID, assertThrows(ServerRefusal.class,
                () -> desk.engine.team().supervise("s1", "front", call, "SHOUT")).reason());

        desk.engine.team().supervise("s1", "front", call, SupervisedCallView.BARGE);
        desk.engine.team().leave("s1");
        assertTrue(parties(desk.engine.interaction("a1", call)).stream().noneMatch(p -> p.startsWith("SUPERVISOR")),
                "a supervisor who logs out leaves the call");
    }

    @Test
    void aSupervisorWhoseDesktopIsGoneAsLongAsAnAgentsWouldBeLoggedOutLeavesAndItsRequestsOpenAgain() {
        desk.engine.team().join("s1", "Sofia Martins", "front");
        String call = answeredCall();
        HelpRequestView raised = desk.engine.team().raiseHelp("a1", call, "Angry caller");
        desk.engine.team().take("s1", "front", raised.id());
        desk.engine.team().supervise("s1", "front", call, SupervisedCallView.MONITOR);
        desk.events("a1");
        // the supervisor's desktop had a stream, and lost it
        desk.engine.team().feed("s1").subscribe(() -> {
        }).run();

        desk.clock.advance(ServerConfig.Presence.DEFAULT.logout().minusSeconds(1));
        desk.engine.tick();
        assertEquals(HelpRequestView.TAKEN, desk.engine.team().helpRequests("front").getFirst().status(),
                "a desktop that comes back in time finds everything as it was");

        desk.clock.advance(Duration.ofSeconds(1));
        desk.engine.tick();
        assertEquals(HelpRequestView.OPEN, desk.engine.team().helpRequests("front").getFirst().status());
        assertTrue(desk.notices("a1").getLast().message().startsWith("Sofia Martins logged out before closing"));
        assertEquals(ServerRefusal.Reason.UNAUTHORIZED, assertThrows(ServerRefusal.class,
                () -> desk.engine.team().feed("s1")).reason());
    }
}
