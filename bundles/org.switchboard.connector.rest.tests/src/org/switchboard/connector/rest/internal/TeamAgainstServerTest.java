package org.switchboard.connector.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.connector.AgentStateService;
import org.switchboard.connector.ConnectionSettings;
import org.switchboard.connector.ConnectorEvent.HelpRequestChanged;
import org.switchboard.connector.ConnectorEvent.InteractionOffered;
import org.switchboard.connector.ConnectorEvent.Notice;
import org.switchboard.connector.ConnectorEvent.StateReconciled;
import org.switchboard.connector.ConnectorEvent.TeamMemberChanged;
import org.switchboard.connector.ConnectorEvent.TeamReconciled;
import org.switchboard.connector.ConnectorException;
import org.switchboard.connector.ConnectorSession;
import org.switchboard.connector.HelpRequest;
import org.switchboard.connector.TeamService;
import org.switchboard.connector.TelephonyService;
import org.switchboard.core.agent.AgentState;
import org.switchboard.core.voice.CallAction;
import org.switchboard.server.core.Caller;

/** A supervisor's session and an agent's against the reference server: the team live, a help request raised and taken. */
class TeamAgainstServerTest {

    @TempDir
    Path data;

    @RegisterExtension
    final ConnectorSessions sessions = new ConnectorSessions();

    private ConnectorSession open(ServerUnderTest server, String id, EventLog log) {
        return sessions.open(ConnectionSettings.of(server.baseUri(), id, (id + "-demo").toCharArray(),
                data.resolve(id)), log);
    }

    private static <T> T done(java.util.concurrent.CompletionStage<T> stage) throws Exception {
        return stage.toCompletableFuture().get(EventLog.WAIT.toSeconds(), TimeUnit.SECONDS);
    }

    @Test
    void theSupervisorSeesItsTeamLiveTakesAHelpRequestAndTheAgentSeesWhoTookIt() throws Exception {
        ServerUnderTest server = sessions.closeAfter(new ServerUnderTest());
        EventLog supervisorLog = new EventLog();
        ConnectorSession supervisor = open(server, "s1", supervisorLog);
        TeamService team = supervisor.adapt(TeamService.class).orElseThrow();
        assertTrue(team.supervising());
        TeamReconciled first = supervisorLog.await(TeamReconciled.class, r -> true);
        assertEquals("Front line", first.teamName());
        assertEquals(2, first.members().size());

        EventLog agentLog = new EventLog();
        ConnectorSession agent = open(server, "a1", agentLog);
        TeamService help = agent.adapt(TeamService.class).orElseThrow();
        assertFalse(help.supervising());
        agentLog.await(StateReconciled.class, r -> true);
        done(agent.adapt(AgentStateService.class).orElseThrow().changeState(AgentState.READY, null));
        String call = server.center.simulator().injectCall("sales", new Caller("Dana Whitfield", "+12015550188"),
                Map.of());
        agentLog.await(InteractionOffered.class, o -> o.interaction().id().equals(call));
        done(agent.adapt(TelephonyService.class).orElseThrow().perform(call, CallAction.ANSWER));
        supervisorLog.await(TeamMemberChanged.class, c -> call.equals(c.member().interactionId()));
        assertEquals("Dana Whitfield", team.members().stream().filter(m -> m.agentId().equals("a1")).findFirst()
                .orElseThrow().customer());

        HelpRequest raised = done(help.raiseHelp(call, "The caller asks for a manager"));
        supervisorLog.await(HelpRequestChanged.class, c -> c.request().id().equals(raised.id()));
        assertEquals(1, team.helpRequests().size());
        HelpRequest taken = done(team.take(raised.id()));
        assertEquals(HelpRequest.Status.TAKEN, taken.status());
        agentLog.await(Notice.class, n -> n.message().equals("Sofia Martins took your help request."));
        agentLog.await(HelpRequestChanged.class, c -> c.request().status() == HelpRequest.Status.TAKEN);
        assertEquals("Sofia Martins", help.helpRequests().getFirst().takenByName());

        ExecutionException twice = org.junit.jupiter.api.Assertions.assertThrows(ExecutionException.class,
                () -> done(team.take(raised.id())));
        assertTrue(twice.getCause() instanceof ConnectorException c && c.getMessage().contains("already taken"),
                twice.getCause().getMessage());
    }
}
