package org.switchboard.team.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.switchboard.server.core.ActionCommand;
import org.switchboard.server.core.ActionParams;
import org.switchboard.server.core.Caller;
import org.switchboard.server.core.EventTypes;
import org.switchboard.server.core.HelpRequestView;
import org.switchboard.server.core.Notice;
import org.switchboard.server.core.ServerConfig;
import org.switchboard.server.rest.RestServer;
import org.switchboard.testing.Await;
import org.switchboard.testing.LoopbackServer;
import org.switchboard.ui.testing.ScreenshotOnFailure;
import org.switchboard.ui.testing.UiDriver;
import org.switchboard.ui.testing.pages.AgentStatePage;
import org.switchboard.ui.testing.pages.AgentWorkbenchPage;
import org.switchboard.ui.testing.pages.LoginDialogPage;
import org.switchboard.ui.testing.pages.TeamViewPage;

/**
 * The supervisor's desktop against the reference server on loopback: supervisor s1 logs in to the
 * same product an agent uses and gets the Team view; agent a1 (working through the server's own
 * interface) takes a call, which shows in the Team view, and asks for help; the request is announced
 * and listed at once, the supervisor takes it, and the agent is told who took it; then the supervisor
 * whispers into the call and barges in, and is off it when the customer hangs up.
 */
@ExtendWith(ScreenshotOnFailure.class)
class TeamDesktopTest {

    private static LoopbackServer server;

    @BeforeAll
    static void start() {
        server = new LoopbackServer(ServerConfig.demo(), (center, port) -> {
            RestServer rest = RestServer.start(center, port, Duration.ofMillis(500));
            return new LoopbackServer.Endpoint(rest.baseUri(), rest);
        });
    }

    @AfterAll
    static void stop() {
        server.center().close();
    }

    private static void screenshot(UiDriver driver, String name) {
        String folder = System.getProperty("switchboard.screenshots");
        if (folder != null && !folder.isBlank()) {
            driver.flush();
            driver.captureScreen(Path.of(folder, name));
        }
    }

    @Test
    void aSupervisorSeesTheTeamLiveTakesAnAgentsHelpRequestAndJoinsTheCall() {
        UiDriver driver = new UiDriver(UiDriver.forDefaultDisplay().display(), Duration.ofSeconds(30));
        AgentWorkbenchPage workbench = new AgentWorkbenchPage(driver).waitUntilOpen();
        AgentStatePage bar = workbench.agentState();
        LoginDialogPage login = workbench.login();
        login.logIn(server.api().toString(), "s1", "s1-demo");
        login.waitUntilClosed();
        bar.connection().waitForText("Connected");
        bar.waitForState("Supervising");
        assertTrue(!driver.find("agent.ready").isEnabled(), "nothing is routed to a supervisor: no Ready");
        TeamViewPage team = new TeamViewPage(driver);
        team.heading().waitForText("Team: Front line");

        var center = server.center();
        center.login("a1", "a1-demo");
        center.changeState("a1", "READY", null);
        team.waitForMember("Ready");
        String call = center.simulator().injectCall("sales", new Caller("Dana Whitfield", "+12015550188"), Map.of());
        Await.until("the call offered to a1", () -> center.agent("a1").offers().contains(call));
        center.submit("a1", call, new ActionCommand("ANSWER", ActionParams.none(), "answer-1"));
        team.waitForMember("Dana Whitfield");

        long cursor = center.feed("a1").lastId();
        HelpRequestView raised = center.team().raiseHelp("a1", call, "The caller wants a refund over my limit");
        team.request(raised.id()).waitForTextContaining("The caller wants a refund over my limit");
        driver.find("agent.announcement").waitForTextContaining("Ava Reyes asks for help");
        screenshot(driver, "desktop-team-help-request.png");

        team.take(raised.id());
        team.request(raised.id()).waitForTextContaining("taken by Sofia Martins");
        assertEquals(HelpRequestView.TAKEN, center.team().helpRequests("front").getFirst().status());
        Await.until("a1 told who took its request", () -> center.feed("a1").after(cursor).events().stream()
                .anyMatch(e -> e.type().equals(EventTypes.NOTICE)
                        && ((Notice) e.data()).message().equals("Sofia Martins took your help request.")));
        screenshot(driver, "desktop-team-help-taken.png");

        team.close(raised.id());
        assertTrue(center.team().helpRequests("front").isEmpty());

        team.selectMember("Ava Reyes").listen("whisper");
        team.listening().waitForText("Whispering to: Ava Reyes with Dana Whitfield");
        Await.until("the supervisor a party a1 sees, as the switch reports it", () -> center.interaction("a1", call)
                .participants().stream().anyMatch(p -> p.kind().equals("SUPERVISOR") && p.role().equals("WHISPERING")));
        team.listen("barge");
        team.listening().waitForText("Barged in on: Ava Reyes with Dana Whitfield");
        screenshot(driver, "desktop-team-barge.png");
        center.simulator().hangUp(call);
        team.listening().waitForText("You are off the call.");
    }
}
