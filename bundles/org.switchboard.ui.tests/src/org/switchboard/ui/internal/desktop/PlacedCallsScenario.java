package org.switchboard.ui.internal.desktop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;
import org.switchboard.desktop.services.CallLists;
import org.switchboard.server.core.InteractionView;
import org.switchboard.ui.testing.UiDriver;
import org.switchboard.ui.testing.WidgetHandle;
import org.switchboard.ui.testing.pages.AgentWorkbenchPage;
import org.switchboard.ui.testing.pages.CallPanelPage;
import org.switchboard.ui.testing.pages.DirectoryDialogPage;
import org.switchboard.ui.testing.pages.VoiceViewPage;
import org.switchboard.ui.testing.pages.WrapUpDialogPage;
import org.switchboard.testing.RestAgent;

/**
 * The directory, outbound and internal calls, redial and favorites, as agent a1 does them at the
 * desktop (logged in and Ready); agent a2 works over the REST API. Run from {@link AgentDesktopTest},
 * which starts each from a clear desk.
 */
final class PlacedCallsScenario {

    private final TestServer server;
    private final UiDriver driver;
    private final AgentWorkbenchPage workbench;

    PlacedCallsScenario(TestServer server, UiDriver driver, AgentWorkbenchPage workbench) {
        this.server = server;
        this.driver = driver;
        this.workbench = workbench;
    }

    void directoryShowsAgentsWithTheirPresenceAsTheAgentTypes() {
        server.agent2();
        DirectoryDialogPage directory = workbench.voice().directory();
        directory.search("Ben");
        assertEquals(List.of("Ben Okafor", "Agent", "Ready", "a2"), directory.waitForRow("a2", "Ready"));
        directory.waitForNoRow("a1");
        directory.search("chen");
        directory.waitForRow("a3", "Logged out");
        directory.search("london");
        assertEquals(List.of("London office", "Number", "", "+442079460000"),
                directory.waitForRow("+442079460000", "London office"));
        directory.search("nobody by that name");
        directory.status().waitForText("Nothing found for \"nobody by that name\".");
        assertFalse(directory.callButton().isEnabled(), "nothing selected");
        directory.search("Sales");
        directory.waitForRow("sales", "Queue").size();
        directory.select("sales");
        assertFalse(directory.callButton().isEnabled(), "a queue is consulted or transferred to, not called");
        assertFalse(directory.consultButton().isEnabled(), "no call to consult from");
        directory.close();
    }

    void internalCallToAgent2IsAnsweredThereAndEndedHere() {
        RestAgent agent2 = server.agent2();
        DirectoryDialogPage directory = workbench.voice().directory();
        directory.search("a2");
        directory.waitForRow("a2", "Ready");
        directory.select("a2").call();
        String id = placedCall("a1", "OFFERED");
        directory.close();

        CallPanelPage call = workbench.call(id).waitUntilShown().waitForState("Ringing");
        agent2.awaitAllowed(id, "ANSWER");
        agent2.act(id, "ANSWER");
        call.waitForState("Connected");
        assertFalse(call.enabled("HOLD"), "the caller of an internal call can only hang up");
        call.click("RELEASE");
        call.waitUntilGone();
        agent2.awaitAllowed(id, "WRAP_UP");
        agent2.wrapUp(id, "resolved");
    }

    void outboundCallIsAnsweredByTheCustomerAndEndedWithWrapUp() {
        VoiceViewPage voice = workbench.voice();
        voice.enterDialNumber("12").call();
        voice.verdict().waitForTextContaining("at least 3");
        assertEquals("12", voice.dialInput().text(), "the value stays as typed");
        assertTrue(server.center.interactionsOf("a1").isEmpty(), "nothing was dialled");

        voice.enterDialNumber("+1 (201) 555-0199").call();
        String id = placedCall("a1", "DIALING");
        CallPanelPage call = workbench.call(id).waitUntilShown().waitForState("Dialing");
        assertEquals("+12015550199", server.center.interaction("a1", id).callerNumber());
        assertFalse(call.enabled("HOLD"), "nothing to hold before the customer answers");
        WidgetHandle callButton = driver.find("voice.dial.call").waitUntilDisabled();
        assertEquals("You can make a call only in Ready or Not Ready, with no other call, offer or wrap-up open.",
                driver.onUi(() -> ((org.eclipse.swt.widgets.Control) callButton.widget()).getToolTipText()),
                "a second call cannot be placed meanwhile, and the button says why");

        server.center.simulator().outboundAnswered(id);
        call.waitForState("Connected");
        call.noCallData().waitForText("No call data");
        assertFalse(call.showsCallVariable("accountNumber"), "no masked value for a variable the call does not have");
        assertFalse(call.showsCallVariable("customerName"), "no blank field for a variable the call does not have");
        call.click("HOLD").waitForState("Call on hold");
        call.click("RESUME").waitForState("Connected");
        call.click("RELEASE");
        WrapUpDialogPage wrapUp = workbench.wrapUp().waitUntilOpen();
        wrapUp.reason("Resolved").submit();
        call.waitUntilGone();
    }

    void redialCallsTheLastNumberAgain() {
        VoiceViewPage voice = workbench.voice();
        voice.enterDialNumber("+12025550147").call();
        String first = placedCall("a1", "DIALING");
        CallPanelPage call = workbench.call(first).waitUntilShown().waitForState("Dialing");
        call.click("RELEASE");
        workbench.wrapUp().waitUntilOpen().reason("Resolved").submit();
        call.waitUntilGone();

        DirectoryDialogPage recent = voice.directory().show("Recent calls");
        assertEquals("+12025550147", recent.waitForRow("+12025550147", "Number").get(3));
        recent.close();

        voice.enterDialNumber("");
        voice.redial();
        String again = placedCall("a1", "DIALING");
        assertFalse(again.equals(first));
        assertEquals("+12025550147", server.center.interaction("a1", again).callerNumber());
        CallPanelPage redialled = workbench.call(again).waitUntilShown().waitForState("Dialing");
        redialled.click("RELEASE");
        workbench.wrapUp().waitUntilOpen().reason("Resolved").submit();
        redialled.waitUntilGone();
    }

    void favoriteIsKeptWhenTheStoreIsOpenedAgain() throws Exception {
        DirectoryDialogPage directory = workbench.voice().directory();
        directory.search("london");
        directory.waitForRow("+442079460000", "London office");
        directory.select("+442079460000").toggleFavorite();
        directory.status().waitForText("London office added to favorites.");
        directory.waitForRow("+442079460000", "\u2605 London office");
        directory.favoriteButton().waitForText("Remove from &favorites");
        directory.close();

        // As a restarted desktop does: the database is closed and read again from disk.
        callLists().reopen().get(10, TimeUnit.SECONDS);

        DirectoryDialogPage again = workbench.voice().directory().show("Favorites");
        again.waitForRow("+442079460000", "\u2605 London office");
        again.select("+442079460000").call();
        String id = placedCall("a1", "DIALING");
        again.close();
        CallPanelPage call = workbench.call(id).waitUntilShown().waitForState("Dialing");
        call.click("RELEASE");
        workbench.wrapUp().waitUntilOpen().reason("Resolved").submit();
        call.waitUntilGone();
    }

    /** The one call of {@code agentId} in {@code state}, once the server has it. */
    private String placedCall(String agentId, String state) {
        String[] found = new String[1];
        driver.waitUntil(agentId + "'s call in " + state, () -> {
            for (InteractionView v : server.center.interactionsOf(agentId)) {
                if (v.channel().equals("VOICE") && v.state().equals(state)) {
                    found[0] = v.id();
                    return true;
                }
            }
            return false;
        });
        return found[0];
    }

    private static CallLists callLists() {
        BundleContext context = FrameworkUtil.getBundle(PlacedCallsScenario.class).getBundleContext();
        ServiceReference<CallLists> ref = context.getServiceReference(CallLists.class);
        assertTrue(ref != null, "the call lists component is registered");
        return context.getService(ref);
    }
}
