package org.switchboard.ui.internal.desktop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.List;
import java.util.Map;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.e4.core.commands.ECommandService;
import org.eclipse.e4.core.commands.EHandlerService;
import org.eclipse.e4.ui.bindings.EBindingService;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.switchboard.ui.testing.KeyboardWalk;
import org.switchboard.ui.testing.UiDriver;
import org.switchboard.ui.testing.pages.CallPanelPage;
import org.switchboard.ui.testing.pages.LoginDialogPage;
import org.switchboard.ui.testing.pages.TransferDialogPage;
import org.switchboard.ui.testing.pages.WrapUpDialogPage;
import org.switchboard.testing.RestAgent;

/**
 * The agent desktop against the reference server on loopback: the workbench logs in through its
 * dialog as agent a1; customers call through the server's simulator; agent a2 works at another
 * desk over the REST API. Any order: each test starts from a clear desk ({@link DesktopTest}).
 */
class AgentDesktopTest extends DesktopTest {

    /** A call arrives, is accepted from its popover, and its control panel shows it connected. */
    private CallPanelPage answeredCall(String name, String number) {
        String call = server.customerCalls(name, number);
        offers.waitForOffer(call);
        assertEquals("Incoming call", offers.title(call).text());
        offers.caller(call).waitForTextContaining(number);
        offers.waitForField(call, "queue", "Sales");
        offers.accept(call).waitUntilGone(call);
        return workbench.call(call).waitUntilShown().waitForState("Connected");
    }

    private void wrapUp(String reason) {
        WrapUpDialogPage dialog = workbench.wrapUp().waitUntilOpen();
        dialog.reason(reason).submit();
    }

    @Test
    void loginExplainsWrongPasswordAndUnreachableServerKeepingWhatWasTyped() throws IOException {
        loggedOut();
        LoginDialogPage login = workbench.login();
        login.logIn(server.api().toString(), "a1", "not-the-password").waitForMessageContaining("password is wrong");
        assertEquals("a1", login.field("agent").text());
        assertEquals("not-the-password", login.field("password").text());

        String closed;
        try (ServerSocket s = new ServerSocket(0)) {
            closed = "http://127.0.0.1:" + s.getLocalPort() + "/api/v1/";
        }
        login.logIn(closed, "a1", "a1-demo").waitForMessageContaining("cannot be reached");
        assertEquals(closed, login.field("server").text());

        login.logIn(server.api().toString(), "a1", "a1-demo").waitUntilClosed();
        agent.connection().waitForText("Connected");
        agent.waitForState("Not Ready: Logged in");
        assertTrue(agent.loggedIn());
        agent.waitUntilOutboxSent();
    }

    @Test
    void callAnsweredHeldResumedConsultedConferencedAndWrappedUp() {
        loggedInAndReady();
        CallPanelPage call = answeredCall("Dana Whitfield", "+12015550188");
        String id = callId(call);
        agent.waitForState("Busy");

        call.click("HOLD").waitForState("Call on hold");
        assertFalse(call.enabled("HOLD"), "no second hold");
        assertTrue(call.enabled("RESUME"));
        call.click("RESUME").waitForState("Connected");

        agent.notReady("Break");
        agent.pending().waitForText("Next: Not Ready (Break) when the current work ends");

        RestAgent agent2 = server.agent2();
        TransferDialogPage consult = call.consult();
        consult.search("Ben");
        assertEquals(List.of("Ben Okafor", "Agent", "Ready", "a2"), consult.waitForRow("a2", "Ready"));
        consult.choose("a2");
        assertEquals("Agent", consult.kindField().text());
        assertEquals("a2", consult.targetField().text());
        consult.submit();
        call.waitForConsultState("Consult requested");
        call.waitForState("Call on hold");
        call.consultParty().waitForText("Consulted agent: Ben Okafor (DN 1002)");
        assertFalse(call.consultButtonShown("CONFERENCE"), "no conference before the consulted agent accepts");
        assertTrue(call.enabled("RESUME"), "the customer can be resumed while the request rings");

        agent2.awaitAllowed(id, "ACCEPT_CONSULT");
        agent2.act(id, "ACCEPT_CONSULT");
        call.waitForConsultState("Consulting");
        call.waitForState("Call on hold");
        call.consultTimer().waitForTextContaining("0:0");
        screenshot("desktop-consult.png");
        call.click("RESUME").waitForState("Connected");
        call.waitForConsultState("Consult on hold");
        call.clickOnConsult("RESUME_CONSULT").waitForConsultState("Consulting");
        call.waitForState("Call on hold");
        call.clickOnConsult("HOLD_CONSULT").waitForConsultState("Consult on hold");
        call.waitForState("Connected");
        assertFalse(call.consultButtonShown("HOLD_CONSULT"), "the consulted agent is already on hold");
        call.clickOnConsult("RESUME_CONSULT").waitForConsultState("Consulting");
        call.waitForState("Call on hold");
        call.clickOnConsult("CONFERENCE").waitUntilConsultPanelGone().waitForState("Conference");
        assertFalse(call.enabled("HOLD"), "nobody is held in a conference");

        agent2.awaitAllowed(id, "EXIT_CONFERENCE");
        agent2.act(id, "EXIT_CONFERENCE");
        call.waitForState("Connected");

        server.customerHangsUp(id);
        WrapUpDialogPage dialog = workbench.wrapUp().waitUntilOpen();
        assertFalse(dialog.submitEnabled(), "a reason is required");
        dialog.search("resol");
        assertEquals(List.of("Resolved"), dialog.reasons());
        dialog.reason("Resolved").notes("Refund issued").submit();

        call.waitUntilGone();
        agent.waitForState("Not Ready: Break");
        agent.pending().waitForText("");
        agent.waitUntilOutboxSent();
    }

    @Test
    void blindTransferHandsTheCallToTheQueue() {
        loggedInAndReady();
        RestAgent agent2 = server.agent2();
        CallPanelPage call = answeredCall("Eli Moss", "+12015550111");
        String id = callId(call);

        TransferDialogPage transfer = call.transfer().search("supp");
        transfer.choose("support");
        assertEquals("Queue", transfer.kindField().text());
        assertEquals("support", transfer.targetField().text());
        transfer.submit();
        call.waitForState("Wrap-up");
        wrapUp("Resolved");
        call.waitUntilGone();
        agent2.awaitAllowed(id, "ANSWER");

        agent2.act(id, "ANSWER");
        agent2.awaitAllowed(id, "RELEASE");
        server.customerHangsUp(id);
        agent2.awaitAllowed(id, "WRAP_UP");
        agent2.wrapUp(id, "resolved");
    }

    @Test
    void consultDialogRefreshShowsAgent2sNewPresence() {
        loggedInAndReady();
        RestAgent agent2 = server.agent2();
        CallPanelPage call = answeredCall("Hal Pierce", "+12015550144");

        TransferDialogPage consult = call.consult();
        consult.waitForRow("sales", "Queue");
        consult.waitForRow("a2", "Ready");
        consult.choose("a2");
        screenshot("desktop-consult-dialog.png");
        consult.search("a2");
        consult.waitForRow("a2", "Ready");
        agent2.notReady("break");
        try {
            consult.refresh();
            assertEquals(List.of("Ben Okafor", "Agent", "Not Ready", "a2"), consult.waitForRow("a2", "Not Ready"));
            consult.status().waitForText("1 entry.");
        } finally {
            agent2.ready();
        }
        consult.refresh().waitForRow("a2", "Ready");
        consult.cancel();

        call.click("RELEASE");
        wrapUp("Resolved");
        call.waitUntilGone();
    }

    @Test
    void invalidDialNumberIsExplainedKeptAndCannotBeSent() {
        loggedInAndReady();
        CallPanelPage call = answeredCall("Fay Nolan", "+12015550122");

        TransferDialogPage consult = call.consult();
        consult.kind("Dial number").target("12");
        consult.message().waitForTextContaining("at least 3");
        assertEquals("12", consult.targetField().text(), "the value stays as typed");
        assertFalse(consult.submitButton().isEnabled());
        consult.target("+1 (201) 553-2447");
        consult.message().waitForTextContaining("+12015532447");
        assertTrue(consult.submitButton().isEnabled());
        consult.cancel();

        call.click("RELEASE");
        wrapUp("Resolved");
        call.waitUntilGone();
    }

    @Test
    void unansweredOfferLeadsToRonaAndBackToReady() {
        loggedInAndReady();
        String call = server.customerCalls("Gus Park", "+12015550133");
        offers.waitForOffer(call);

        server.offerTimesOut();
        agent.waitForRona().waitForState("RONA");
        offers.waitUntilGone(call);

        agent.ronaAvailable().waitUntilRonaClosed();
        // Ready again: routing offers the waiting call to the only Sales agent at once
        offers.waitForOffer(call);
        agent.waitForState("Offer pending");
        offers.accept(call).waitUntilGone(call);
        CallPanelPage panel = workbench.call(call).waitUntilShown().waitForState("Connected");
        panel.click("RELEASE");
        wrapUp("Resolved");
        panel.waitUntilGone();
    }

    @Test
    void callDataEditedWithLimitsRevertAndTheEarlierSaveExplained() {
        loggedInAndReady();
        CallPanelPage call = answeredCall("Hana Ruiz", "+12015550144");
        String id = callId(call);
        assertEquals("42.50", call.callVariable("orderTotal").text());
        assertEquals("******", call.callVariable("accountNumber").text(), "secure values stay masked");
        call.revealLink("accountNumber").waitUntilEnabled().click();
        call.callVariable("accountNumber").waitForText("DE89370400440532013000");
        call.callVariable("accountNumber").waitForText("******");
        assertFalse(call.saveCallData().isEnabled(), "nothing to save yet");

        call.editCallVariable("customerName", "H".repeat(257));
        call.saveCallData().waitUntilEnabled().click();
        call.callDataMessage().waitForText("Customer name is longer than 256 characters; not saved.");
        assertEquals(257, call.callVariable("customerName").text().length(), "the value stays as typed");
        call.revertCallData().click();
        call.callVariable("customerName").waitForText("Hana Ruiz");
        assertFalse(call.saveCallData().isEnabled());

        call.editCallVariable("customerName", "Hana Ruiz-Ortega");
        call.saveCallData().click();
        call.callDataMessage().waitForText("");
        call.saveCallData().waitUntilDisabled();
        assertEquals("Hana Ruiz-Ortega", call.callVariable("customerName").text());

        // The agent edits the order total while a save from another of a1's clients lands: it shows first.
        call.editCallVariable("orderTotal", "99.00");
        assertEquals(null, server.savesCallVariable("a1", id, "orderTotal", "150.00", 0));
        call.callVariable("orderTotal").waitForText("150.00");
        call.callDataMessage().waitForText("a1 saved Order total: 150.00 while you were editing it; your edit was replaced.");
        call.saveCallData().waitUntilDisabled();
        screenshot("desktop-call-data.png");

        call.click("RELEASE");
        wrapUp("Resolved");
        call.waitUntilGone();
    }

    @Test
    void callDataDuringAConsultShowsTheConsultedAgentsSaveFirstAndTellsAgent1() {
        loggedInAndReady();
        CallPanelPage call = answeredCall("Hana Ruiz", "+12015550144");
        String id = callId(call);
        RestAgent agent2 = server.agent2();
        TransferDialogPage consult = call.consult();
        consult.search("a2");
        consult.waitForRow("a2", "Ready");
        consult.choose("a2");
        consult.submit();
        agent2.awaitAllowed(id, "ACCEPT_CONSULT");
        agent2.act(id, "ACCEPT_CONSULT");
        call.waitForConsultState("Consulting");
        agent2.awaitAllowed(id, "EDIT_CAD");

        call.editCallVariable("orderTotal", "99.00");
        agent2.act(id, "EDIT_CAD", Map.of("name", "orderTotal", "value", "150.00", "version", 0));
        call.callVariable("orderTotal").waitForText("150.00");
        call.callDataMessage().waitForText("a2 saved Order total: 150.00 while you were editing it; your edit was replaced.");
        screenshot("desktop-call-data-consult.png");

        call.clickOnConsult("END_CONSULT");
        wrapUp("Resolved");
        call.waitUntilGone();
    }

    @Test
    void reasonCodesAndDispositionsAreTheServersConfiguration() {
        loggedInAndReady();
        assertEquals(List.of("Break", "Lunch", "Meeting", "Training"), driver.find("agent.reason").items());
        agent.notReady("Training");
        agent.waitForState("Not Ready: Training");
        agent.ready().waitForState("Ready");

        CallPanelPage call = answeredCall("Ivo Lind", "+12015550155");
        call.click("RELEASE");
        WrapUpDialogPage dialog = workbench.wrapUp().waitUntilOpen();
        dialog.search("sale");
        assertEquals(List.of("Sale made"), dialog.reasons());
        dialog.reason("Sale made").submit();
        call.waitUntilGone();
    }

    @Test
    void dialPadSendsTonesRecordingPausesAndResumesAndTheHoldKeyHoldsAndResumes() {
        loggedInAndReady();
        CallPanelPage call = answeredCall("Ivo Lind", "+12015550155");
        // a call with its variables fills the view: the bottom row of the dial pad is scrolled to
        assertTrue(driver.find("voice.dtmf.hash").scrollIntoView().isFullyShown(), "the # key can be seen");
        driver.find("voice.dtmf.1").waitUntilEnabled().click();
        driver.find("voice.dtmf.hash").click();
        driver.find("voice.dtmf.sent").waitForText("Tones sent: 1#");

        call.recording().waitForText("Recording");
        call.click("PAUSE_RECORDING").recording().waitForTextContaining("Recording resumes in");
        assertFalse(call.shown("PAUSE_RECORDING"));
        call.click("RESUME_RECORDING").recording().waitForText("Recording");

        assertEquals("Ctrl+Alt+H", bindingOf(HOLD_RESUME));
        execute(HOLD_RESUME);
        call.waitForState("Call on hold");
        driver.find("voice.dtmf.1").waitUntilDisabled();
        execute(HOLD_RESUME);
        call.waitForState("Connected");

        execute("org.switchboard.voice.ui.end");
        wrapUp("Resolved");
        call.waitUntilGone();
    }

    @Test
    void privacyShieldCountsDownToTheResumeTimeTheServerSentAndTheRecordingResumes() {
        loggedInAndReady();
        CallPanelPage call = answeredCall("Jo Brandt", "+12015550166");
        call.recording().waitForText("Recording");

        call.click("PAUSE_RECORDING");
        call.recording().waitForTextContaining("Recording resumes in 0:");
        String first = call.recording().text();
        // the server's clock is ahead of the desktop's by what earlier tests moved it
        long ahead = server.loopback.clock().ahead().toSeconds();
        int left = secondsLeft(first);
        assertTrue(left - ahead > 20 && left - ahead <= 30,
                "the demo's shield pauses for 30 s (server " + ahead + " s ahead): " + first);
        var recording = call.recording();
        driver.waitUntil("the countdown moves on from " + first, () -> secondsLeft(recording.text()) < left,
                java.time.Duration.ofSeconds(4));
        screenshot("desktop-privacy-shield.png");

        server.privacyShieldElapses();
        call.recording().waitForText("Recording");
        assertTrue(call.shown("PAUSE_RECORDING"), "the recording can be paused again");

        call.click("RELEASE");
        wrapUp("Resolved");
        call.waitUntilGone();
    }

    private static int secondsLeft(String text) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d+):(\\d\\d)$").matcher(text);
        return m.find() ? Integer.parseInt(m.group(1)) * 60 + Integer.parseInt(m.group(2)) : -1;
    }

    @Test
    void consultRequestFromAnotherAgentShowsTheirNameDnAndTeamAndTheCallsVariables() {
        loggedInAndReady();
        agent.notReady("Break").waitForState("Not Ready: Break");
        RestAgent agent2 = server.agent2();
        String id = server.customerCallsSupport("Kit Moreau", "+12015550199");
        agent2.awaitAllowed(id, "ANSWER");
        agent2.act(id, "ANSWER");
        agent2.awaitAllowed(id, "CONSULT");
        agent2.consult(id, "a1");

        offers.waitForOffer(id);
        assertEquals("Consult request", offers.title(id).text());
        assertEquals("Ben Okafor", offers.field(id, "agentName").text());
        assertEquals("1002", offers.field(id, "agentDn").text());
        assertEquals("Front line", offers.field(id, "agentTeam").text());
        assertEquals("Kit Moreau", offers.field(id, "var.customerName").text());
        assertFalse(driver.exists("offer." + id + ".var.accountNumber"), "secure variables stay off the popover");
        screenshot("desktop-consult-request.png");

        offers.accept(id).waitUntilGone(id);
        CallPanelPage call = workbench.call(id).waitUntilShown().waitForState("Consult");
        assertFalse(call.consultPanelShown(), "the consulted agent has one panel");
        call.click("EXIT_CONSULT").waitUntilGone();
        agent.waitForState("Not Ready: Break");

        agent2.awaitAllowed(id, "RELEASE");
        agent2.act(id, "RELEASE");
        agent2.awaitAllowed(id, "WRAP_UP");
        agent2.wrapUp(id, "resolved");
    }

    @Test
    void webCallbackOfferIsLabelledAndCancelledBeforeTheCustomerAnswers() {
        loggedInAndReady();
        String id = server.callbackRequested("WEB", "Iris Novak", "+12015550177", "+18005550100");
        offers.waitForOffer(id);
        assertEquals("Callback", offers.title(id).text());
        assertEquals("Web callback", offers.callbackKind(id).text());
        offers.caller(id).waitForTextContaining("+12015550177");
        assertEquals("+18005550100", offers.field(id, "dnis").text());
        assertEquals("Sales", offers.field(id, "queue").text());
        screenshot("desktop-callback-offer.png");

        offers.accept(id).waitUntilGone(id);
        CallPanelPage call = workbench.call(id).waitUntilShown().waitForState("Calling the customer");
        assertEquals("Web callback", call.callbackLabel().text());
        assertFalse(call.enabled("HOLD"), "nothing to hold before the customer answers");
        call.cancelCallback();
        WrapUpDialogPage dialog = workbench.wrapUp().waitUntilOpen();
        dialog.reason("Resolved").submit();
        call.waitUntilGone();
        agent.waitForState("Ready");
    }

    @Test
    void courtesyCallbackCannotBeCancelledAndConnectsWhenTheCustomerAnswers() {
        loggedInAndReady();
        String id = server.callbackRequested("COURTESY", "Lev Adler", "+12015550133", "+18005550100");
        offers.waitForOffer(id);
        assertEquals("Courtesy callback", offers.callbackKind(id).text());
        offers.accept(id).waitUntilGone(id);
        CallPanelPage call = workbench.call(id).waitUntilShown().waitForState("Calling the customer");
        assertFalse(driver.find("voice.call." + id + ".cancel").isVisible(), "only web callbacks can be cancelled");

        server.customerAnswersCallback(id);
        call.waitForState("Connected");
        assertEquals("Courtesy callback", call.callbackLabel().text());
        call.click("RELEASE");
        wrapUp("Resolved");
        call.waitUntilGone();
    }

    @Test
    void callbackTheCustomerMissesGoesBackToTheQueueAndIsOfferedAgain() {
        loggedInAndReady();
        String id = server.callbackRequested("WEB", "Nia Park", "+12015550144", "+18005550100");
        offers.waitForOffer(id);
        offers.accept(id).waitUntilGone(id);
        CallPanelPage call = workbench.call(id).waitUntilShown().waitForState("Calling the customer");

        server.customerMissesCallback(id);
        // back in the Sales queue, whose only Ready agent is this one: offered again, as a callback
        offers.waitForOffer(id);
        assertEquals("Callback", offers.title(id).text());
        assertFalse(driver.exists("voice.call." + id + ".panel"), "no panel while it is offered again");
        offers.accept(id).waitUntilGone(id);
        call.waitUntilShown().waitForState("Calling the customer");
        server.customerAnswersCallback(id);
        call.waitForState("Connected");
        call.click("RELEASE");
        wrapUp("Resolved");
        call.waitUntilGone();
    }

    @Test
    void everyControlOfTheVoiceViewIsReachedByTabAndHasAnAccessibleName() {
        loggedInAndReady();
        CallPanelPage call = answeredCall("Mo Okonkwo", "+12015550100");
        Control notice = (Control) driver.find("voice.notice").widget();
        // the view lays itself out a moment after the events that changed the panel
        driver.waitUntil("the connected call's panel to be laid out", () -> driver.onUi(() -> {
            List<Control> focusable = KeyboardWalk.focusable(notice.getParent());
            return focusable.size() >= 20 && focusable.stream().allMatch(c -> c.getSize().x > 0);
        }));
        List<String> problems = driver.onUi(() -> {
            Composite view = notice.getParent();
            List<Control> focusable = KeyboardWalk.focusable(view);
            List<Control> reached = KeyboardWalk.tabOrder(view);
            List<String> out = new java.util.ArrayList<>();
            if (focusable.size() < 20) {
                out.add("only " + focusable.size() + " controls to walk: the call panel is not shown");
            }
            for (Control c : focusable) {
                if (!reached.contains(c)) {
                    out.add("Tab never reaches " + describe(c));
                }
            }
            for (Control c : reached) {
                String name = KeyboardWalk.accessibleName(c);
                if (name == null || name.isBlank()) {
                    out.add("no accessible name: " + describe(c));
                }
            }
            return out;
        });
        assertEquals(List.of(), problems);

        call.click("RELEASE");
        wrapUp("Resolved");
        call.waitUntilGone();
    }

    private static String describe(Control c) {
        Object id = c.getData(UiDriver.ID_KEY);
        return c.getClass().getSimpleName() + (id == null ? "" : " " + id);
    }

    @Test
    void directoryShowsAgentsWithTheirPresenceAsTheAgentTypes() {
        loggedInAndReady();
        placedCalls().directoryShowsAgentsWithTheirPresenceAsTheAgentTypes();
    }

    @Test
    void internalCallToAgent2IsAnsweredThereAndEndedHere() {
        loggedInAndReady();
        placedCalls().internalCallToAgent2IsAnsweredThereAndEndedHere();
    }

    @Test
    void outboundCallIsAnsweredByTheCustomerAndEndedWithWrapUp() {
        loggedInAndReady();
        placedCalls().outboundCallIsAnsweredByTheCustomerAndEndedWithWrapUp();
    }

    @Test
    void redialCallsTheLastNumberAgain() {
        loggedInAndReady();
        placedCalls().redialCallsTheLastNumberAgain();
    }

    @Test
    void favoriteIsKeptWhenTheStoreIsOpenedAgain() throws Exception {
        loggedInAndReady();
        placedCalls().favoriteIsKeptWhenTheStoreIsOpenedAgain();
    }

    private PlacedCallsScenario placedCalls() {
        return new PlacedCallsScenario(server, driver, workbench);
    }

    private static final String HOLD_RESUME = "org.switchboard.voice.ui.holdResume";

    /** Runs a command as its key binding would: through the workbench's handler service, on the UI thread. */
    private void execute(String commandId) {
        boolean enabled = driver.onUi(() -> {
            var commands = PlatformUI.getWorkbench().getService(ECommandService.class);
            var handlers = PlatformUI.getWorkbench().getService(EHandlerService.class);
            ParameterizedCommand command = commands.createCommand(commandId, null);
            if (!handlers.canExecute(command)) {
                return false;
            }
            handlers.executeHandler(command);
            return true;
        });
        assertTrue(enabled, commandId + " can execute");
    }

    private String bindingOf(String commandId) {
        return driver.onUi(() -> {
            var commands = PlatformUI.getWorkbench().getService(ECommandService.class);
            var bindings = PlatformUI.getWorkbench().getService(EBindingService.class);
            var sequence = bindings.getBestSequenceFor(commands.createCommand(commandId, null));
            return sequence == null ? null : sequence.format();
        });
    }

    private static String callId(CallPanelPage panel) {
        String id = panel.state().id();
        return id.substring("voice.call.".length(), id.length() - ".state".length());
    }
}
