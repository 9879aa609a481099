package org.switchboard.ui.testing.pages;

import java.util.List;

import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.switchboard.ui.testing.UiDriver;

/** The agent's workbench window: its perspective, its views, and a reset between tests. */
public class AgentWorkbenchPage {

    public static final String PERSPECTIVE_ID = "org.switchboard.ui.perspective";

    private final UiDriver driver;

    public AgentWorkbenchPage(UiDriver driver) {
        this.driver = driver;
    }

    /** Waits for the workbench window to be open with the agent perspective. */
    public AgentWorkbenchPage waitUntilOpen() {
        driver.waitUntil("the workbench window with the agent perspective",
                () -> activePage() != null && activePage().getPerspective() != null
                        && PERSPECTIVE_ID.equals(activePage().getPerspective().getId()));
        return this;
    }

    /** The agent logged in (through the login dialog unless it already is), connected and Ready. */
    public AgentStatePage loggedInReady(String server, String agentId, String password) {
        AgentStatePage agent = agentState();
        if (!agent.loggedIn()) {
            LoginDialogPage login = login();
            login.logIn(server, agentId, password);
            login.waitUntilClosed();
        }
        agent.connection().waitForText("Connected");
        if (!"Ready".equals(agent.state().text())) {
            agent.ready().waitForState("Ready");
        }
        return agent;
    }

    /** Puts the perspective back to its initial layout, closing dialogs a test left open. */
    public AgentWorkbenchPage reset() {
        driver.onUi(() -> {
            IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
            for (var shell : driver.display().getShells()) {
                if (window != null && shell != window.getShell() && shell.getParent() != null) {
                    shell.close();
                }
            }
            IWorkbenchPage page = activePage();
            if (page != null) {
                page.resetPerspective();
            }
        });
        return waitUntilOpen();
    }

    /** The titles on the view tabs, as the agent sees them. */
    public List<String> tabTitles() {
        return driver.tabTitles();
    }

    /** Brings a view to the front, as clicking its tab would. */
    public AgentWorkbenchPage showView(String viewId) {
        driver.onUi(() -> {
            try {
                activePage().showView(viewId);
            } catch (org.eclipse.ui.PartInitException e) {
                throw new IllegalStateException("Cannot show " + viewId, e);
            }
        });
        return this;
    }

    public String windowTitle() {
        return driver.onUi(() -> PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell().getText());
    }

    public VoiceViewPage voice() {
        showView("org.switchboard.voice.ui.view");
        return new VoiceViewPage(driver);
    }

    public AgentStatePage agentState() {
        return new AgentStatePage(driver);
    }

    public OfferPopoverPage offers() {
        return new OfferPopoverPage(driver);
    }

    public CallPanelPage call(String interactionId) {
        showView("org.switchboard.voice.ui.view");
        return new CallPanelPage(driver, interactionId);
    }

    public WrapUpDialogPage wrapUp() {
        return new WrapUpDialogPage(driver);
    }

    public LoginDialogPage login() {
        return LoginDialogPage.open(driver);
    }

    private static IWorkbenchPage activePage() {
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        return window == null ? null : window.getActivePage();
    }
}
