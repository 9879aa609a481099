package org.switchboard.ui.internal.desktop;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;
import org.switchboard.testing.RestAgent;
import org.switchboard.ui.session.AgentSession;
import org.switchboard.ui.testing.ScreenshotOnFailure;
import org.switchboard.ui.testing.UiDriver;
import org.switchboard.ui.testing.pages.AgentStatePage;
import org.switchboard.ui.testing.pages.AgentWorkbenchPage;
import org.switchboard.ui.testing.pages.LoginDialogPage;
import org.switchboard.ui.testing.pages.OfferPopoverPage;

/**
 * A desktop test against the reference server on loopback, independent of the tests before it: each
 * starts with agent a1's and a2's desks clear on the server (what a test left is ended and wrapped
 * up), a2 logged in over REST and Ready, the workbench's dialogs closed and its perspective reset.
 * Whether a1 is logged in at the desktop is each test's to say
 * ({@link #loggedInAndReady()}, {@link #loggedOut()}).
 */
@ExtendWith(ScreenshotOnFailure.class)
abstract class DesktopTest {

    final TestServer server = TestServer.get();
    UiDriver driver;
    AgentWorkbenchPage workbench;
    AgentStatePage agent;
    OfferPopoverPage offers;

    @BeforeEach
    void resetAgentServerAndWorkbench() {
        driver = UiDriver.forDefaultDisplay();
        workbench = new AgentWorkbenchPage(driver).waitUntilOpen();
        agent = workbench.agentState();
        offers = workbench.offers();
        server.loopback.clearDesk("a1");
        server.loopback.clearDesk("a2");
        RestAgent agent2 = server.agent2();
        if (!"READY".equals(server.center.agent(agent2.agentId()).state())) {
            agent2.ready();
        }
        workbench.reset();
    }

    /** Agent a1 logged in at the desktop (through its dialog when not yet), connected and Ready. */
    void loggedInAndReady() {
        if (!agent.loggedIn()) {
            LoginDialogPage login = workbench.login();
            login.callControl("REST").logIn(server.api().toString(), "a1", "a1-demo");
            login.waitUntilClosed();
        }
        agent.connection().waitForText("Connected");
        if (!"Ready".equals(agent.state().text())) {
            agent.ready().waitForState("Ready");
        }
    }

    /** Logs the agent out through the session service, as closing the desktop would. */
    void loggedOut() {
        if (agent.loggedIn()) {
            BundleContext context = FrameworkUtil.getBundle(AgentSession.class).getBundleContext();
            ServiceReference<AgentSession> ref = context.getServiceReference(AgentSession.class);
            try {
                context.getService(ref).logout().toCompletableFuture().get(20, TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new AssertionError("the desktop did not log out", e);
            } finally {
                context.ungetService(ref);
            }
            driver.find("agent.login").waitUntilEnabled();
        }
    }

    /** Saves what the screen shows when the build asks for screenshots (-Dswitchboard.screenshots=folder). */
    void screenshot(String name) {
        String folder = System.getProperty("switchboard.screenshots");
        if (folder != null && !folder.isBlank()) {
            // paint what changed before the picture is taken
            driver.onUi(() -> {
                for (var shell : driver.display().getShells()) {
                    shell.update();
                }
            });
            driver.flush();
            driver.captureScreen(Path.of(folder, name));
        }
    }
}
