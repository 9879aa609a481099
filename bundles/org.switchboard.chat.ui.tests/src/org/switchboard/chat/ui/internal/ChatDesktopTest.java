package org.switchboard.chat.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;

import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.switchboard.server.core.InteractionView;
import org.switchboard.server.core.ServerRefusal;
import org.switchboard.ui.WidgetIds;
import org.switchboard.ui.testing.ScreenshotOnFailure;
import org.switchboard.ui.testing.UiDriver;
import org.switchboard.ui.testing.WidgetHandle;
import org.switchboard.ui.testing.pages.AgentStatePage;
import org.switchboard.ui.testing.pages.AgentWorkbenchPage;
import org.switchboard.ui.testing.pages.CallPanelPage;
import org.switchboard.ui.testing.pages.CannedResponsesPage;
import org.switchboard.ui.testing.pages.ChatTabPage;
import org.switchboard.ui.testing.pages.ChatViewPage;
import org.switchboard.ui.testing.pages.LoginDialogPage;
import org.switchboard.ui.testing.pages.WrapUpDialogPage;
import org.switchboard.ui.wrapup.WrapUpDialog;
import org.switchboard.testing.RestAgent;

/**
 * Service and mobile chats in the agent desktop against the reference server on loopback: the
 * workbench logs in through its dialog as agent a1; customers chat through the server's simulator;
 * agent a2 works at another desk over the REST API. The workbench has one session, so each test
 * starts from a clean desk: whatever an earlier test left (chats, calls, wrap-ups, dialogs) is ended
 * and closed, and a1 is Ready with no chat, whatever order the tests run in.
 */
@ExtendWith(ScreenshotOnFailure.class)
class ChatDesktopTest {

    private static final Set<String> DIALOGS = Set.of(CannedResponsesDialog.SHELL, ChatTransferDialog.SHELL,
            PictureDialog.SHELL, WrapUpDialog.SHELL);

    private final ChatTestServer server = ChatTestServer.get();
    private UiDriver driver;
    private AgentWorkbenchPage workbench;
    private AgentStatePage agent;
    private ChatViewPage chats;

    @BeforeEach
    void cleanStart() {
        driver = UiDriver.forDefaultDisplay();
        workbench = new AgentWorkbenchPage(driver).waitUntilOpen();
        agent = workbench.agentState();
        if (!agent.loggedIn()) {
            LoginDialogPage login = workbench.login();
            login.logIn(server.api().toString(), "a1", "a1-demo");
            login.waitUntilClosed();
        }
        agent.connection().waitForText("Connected");
        server.clearDesk("a2");
        server.clearDesk("a1");
        closeDialogs();
        chats = ChatViewPage.show(driver);
        chats.waitForTabs(List.of());
        if (!"Ready".equals(agent.state().text())) {
            agent.ready().waitForState("Ready");
        }
    }

    /** Dialogs an earlier test may have left open (a failure mid-way) would take the input. */
    private void closeDialogs() {
        driver.onUi(() -> {
            for (Shell shell : driver.display().getShells()) {
                if (!shell.isDisposed() && shell.getData(WidgetIds.KEY) instanceof String id && DIALOGS.contains(id)) {
                    shell.close();
                }
            }
        });
    }

    /** A chat arrives, is accepted from its popover, and gets its own tab. */
    private ChatTabPage acceptedChat(String chatId) {
        return acceptedChat(chatId, "Chat support");
    }

    /** As {@link #acceptedChat(String)}, the popover naming the chat's queue {@code queueName}. */
    private ChatTabPage acceptedChat(String chatId, String queueName) {
        chats.offers().waitForOffer(chatId);
        assertEquals("Chat request", chats.offers().title(chatId).text());
        chats.offers().waitForQueue(chatId, queueName);
        chats.offers().accept(chatId).waitUntilGone(chatId);
        return chats.chat(chatId).waitUntilShown().waitForState("Chatting");
    }

    private void endAndWrapUp(ChatTabPage chat) {
        chat.end().waitForState("Wrap-up");
        new WrapUpDialogPage(driver).waitUntilOpen().reason("Resolved").submit();
        chat.waitUntilGone();
    }

    /** Saves what the screen shows when the build asks for screenshots of the chat view. */
    private void screenshot(String name) {
        String folder = System.getProperty("switchboard.screenshots");
        if (folder != null && !folder.isBlank()) {
            driver.flush();
            driver.captureScreen(Path.of(folder, name));
        }
    }

    @Test
    void aMessageAnnouncedInANarrowWindowShowsWholeOnARowTheBarGrowsFor() {
        String chat = server.customerChats("Ines Duarte", "Hello.");
        ChatTabPage ines = acceptedChat(chat);
        WidgetHandle state = driver.find("agent.state");
        Shell window = driver.onUi(() -> ((Control) state.widget()).getShell());
        Point before = driver.onUi(window::getSize);
        try {
            driver.onUi(() -> {
                window.setSize(760, before.y);
            });
            String said = "My parcel 88-1192 never arrived and nobody answers the phone at the depot.";
            server.customerWrites(chat, said);
            WidgetHandle announcement = driver.find("agent.announcement");
            announcement.waitForTextContaining(said);
            driver.waitUntil("the announcement shown whole in the agent-state bar", announcement::isFullyShown);
            driver.waitUntil("the agent's state shown whole beside it", state::isFullyShown);
        } finally {
            driver.onUi(() -> {
                window.setSize(before);
            });
        }
        endAndWrapUp(ines);
    }

    @Test
    void twoConcurrentChatsEachInItsOwnTabWithUnreadCountsAndMarkupShownAsText() {
        String first = server.customerChats("Ines Duarte", "Hello, my parcel has not arrived.");
        ChatTabPage ines = acceptedChat(first);
        ines.waitForLineEndingWith("Ines Duarte: Hello, my parcel has not arrived.");
        String second = server.customerChats("Omar & Sons", "Can I change my delivery address?");
        ChatTabPage omar = acceptedChat(second);
        chats.waitForTabs(List.of("Ines Duarte", "Omar & Sons"));

        server.customerWrites(first, "<b>Order</b> 4711 <script>alert(1)</script> & more");
        server.customerWrites(first, "Are you there?");
        chats.waitForTabs(List.of("Ines Duarte (2)", "Omar & Sons"));
        ines.waitForLineEndingWith("Ines Duarte: <b>Order</b> 4711 <script>alert(1)</script> & more");

        omar.say("Yes: which <i>new</i> address?");
        assertTrue(server.transcriptTexts("a1", second).contains("Yes: which <i>new</i> address?"),
                "the server has the agent's message as typed");
        chats.select(first);
        chats.waitForTabs(List.of("Ines Duarte", "Omar & Sons"));
        ines.say("Let me check order 4711.");
        assertEquals(1, ines.lines().stream().filter(l -> l.endsWith(": Let me check order 4711.")).count());
        screenshot("desktop-chat.png");

        endAndWrapUp(omar);
        endAndWrapUp(ines);
        chats.waitForTabs(List.of());
    }

    @Test
    void aCannedResponseIsCreatedFoundEditedAndInsertedWithItsPlaceholdersFilled() {
        String id = server.customerChats("Ines Duarte", "Hi, I need help with a refund.");
        ChatTabPage chat = acceptedChat(id);

        CannedResponsesPage canned = chat.cannedResponses();
        canned.startNew().title("Greeting").text("Hello {customerName}, this is {agentName}. How can I help?").save();
        canned.message().waitForText("Saved.");
        canned.startNew().title("Order number").text("Your order {orderNo} is on its way.").shared(true).save();
        canned.message().waitForText("Saved.");
        canned.startNew().title("Scratch").text("to be deleted").save();
        canned.message().waitForText("Saved.");
        canned.search("").waitForTitles(List.of("Greeting  (personal)", "Order number", "Scratch  (personal)"));
        canned.pick("Scratch  (personal)").delete();
        canned.message().waitForText("Deleted.");
        canned.search("greet").waitForTitles(List.of("Greeting  (personal)"));
        canned.search("ON ITS WAY").waitForTitles(List.of("Order number"));

        canned.pick("Order number").insert();
        canned.message().waitForTextContaining("No value for the placeholder {orderNo}");
        assertEquals("", chat.input().text(), "nothing inserted while a placeholder has no value");

        canned.search("greet").waitForTitles(List.of("Greeting  (personal)")).pick("Greeting  (personal)");
        canned.text("Hello {customerName}, this is {agentName}. How may I help you today?").save();
        canned.message().waitForText("Saved.");
        canned.insert().waitUntilClosed();
        String filled = "Hello Ines Duarte, this is Ava Reyes. How may I help you today?";
        chat.input().waitForText(filled);
        chat.send().waitForLineEndingWith("You: " + filled);
        assertTrue(server.transcriptTexts("a1", id).contains(filled));
        endAndWrapUp(chat);
    }

    @Test
    void aChatIsTransferredToAnotherAgentWithItsConversation() {
        RestAgent a2 = server.agent2();
        String id = server.customerChats("Lena Park", "My invoice is wrong.");
        ChatTabPage chat = acceptedChat(id);
        chat.say("I will pass you to our billing specialist.");
        a2.ready();
        try {
            chat.transfer().kind("Agent").target("a2").submit();
            chat.waitForState("Wrap-up");
            new WrapUpDialogPage(driver).waitUntilOpen().reason("Resolved").submit();
            chat.waitUntilGone();
            a2.awaitAllowed(id, "ACCEPT");
            a2.act(id, "ACCEPT");
            a2.awaitAllowed(id, "END");
            String seen = a2.view(id);
            assertTrue(seen.contains("My invoice is wrong.") && seen.contains("I will pass you to our billing specialist."),
                    "the conversation went with the chat: " + seen);
            a2.act(id, "END");
            a2.awaitAllowed(id, "WRAP_UP");
            a2.wrapUp(id, "resolved");
        } finally {
            a2.notReady("break");
        }
    }

    @Test
    void aMobileChatWithLocationAndAPictureAndACallReleasedBeforeTheChatIsDisconnected() {
        String id = server.mobileCustomerChats("Ines Duarte");
        ChatTabPage chat = acceptedChat(id);
        chat.phone().waitForTextContaining(ChatTestServer.PHONE);
        chat.location().waitForTextContaining("38.72230, -9.13930 within 13 m");
        assertTrue(chat.toolTip("map").startsWith("https://www.openstreetmap.org/?mlat=38.722300&mlon=-9.139300"),
                chat.toolTip("map"));

        server.customerWrites(id, "I had an accident, here is a photo.");
        server.customerSendsPicture(id, "accident.png", "image/png", TestPictures.png(1024, 768));
        chat.waitForLineEndingWith("Ines Duarte: sent a picture: accident.png");
        chat.picture(0).click();
        driver.find("chat.picture.dialog");
        assertTrue(driver.find("chat.picture.image").isVisible());
        driver.find("chat.picture.close").click();
        driver.waitUntilGone("chat.picture.dialog");

        chat.phone().waitUntilEnabled().click();
        driver.waitUntil("the server's call to the customer", () -> server.view("a1", id).multimedia() != null);
        try {
            chat.callStatus().waitForText("Call in progress: release it before you end the chat");
        } catch (RuntimeException e) {
            throw new AssertionError("shown: '" + chat.callStatus().text() + "' server: " + server.view("a1", id), e);
        }
        InteractionView mine = server.view("a1", id);
        String call = mine.multimedia().activeCall();
        assertEquals(ChatTestServer.QUEUE, mine.multimedia().serviceId());
        CallPanelPage voice = workbench.call(call).waitUntilShown().waitForState("Connected");
        screenshot("desktop-mobile-chat.png");
        chats = ChatViewPage.show(driver);
        assertFalse(chat.phone().isEnabled(), "no second call while one is active");

        chat.end();
        chat.notice().waitForTextContaining("Release the call first");
        assertEquals("Chatting", chat.state().text(), "the chat goes on");
        chat.say("Thank you, I have everything I need.");

        voice.click("RELEASE").waitUntilGone();
        chats = ChatViewPage.show(driver);
        chat.callStatus().waitForText("Calls made: 1");
        chat.phone().waitUntilEnabled();
        endAndWrapUp(chat);
    }

    @Test
    void badInputIsRefusedVisiblyWhileTheChatGoesOn() {
        String id = server.mobileCustomerChats("Omar Haddad");
        ChatTabPage chat = acceptedChat(id);

        String tooLong = "x".repeat(4001);
        chat.type(tooLong).send();
        chat.notice().waitForTextContaining("at most 4,000 characters; this one has 4,001");
        assertEquals(tooLong, chat.input().text(), "the refused message stays in the box");
        assertEquals("4001 / 4000", chat.counter().text());
        chat.type("x".repeat(4000)).send();
        chat.waitForLineEndingWith("You: " + "x".repeat(4000));

        assertRefused(id, "bomb.png", "image/png", TestPictures.pngHeader(100_000, 100_000), "ATTACHMENT_TOO_MANY_PIXELS");
        chat.notice().waitForTextContaining("refused");
        assertRefused(id, "photo.jpg", "image/jpeg", TestPictures.png(40, 30), "ATTACHMENT_MISLABELLED");
        assertRefused(id, "invoice.png", "image/png", TestPictures.pdf(), "ATTACHMENT_TYPE_NOT_ALLOWED");
        assertRefused(id, "huge.png", "image/png", TestPictures.oversize(), "ATTACHMENT_TOO_LARGE");
        chat.notice().waitForTextContaining("refused");
        assertEquals(List.of(), server.view("a1", id).attachments(), "nothing refused reached the chat");

        chat.say("Could you send the photo again, as a normal picture?");
        server.customerSendsPicture(id, "photo.png", "image/png", TestPictures.png(320, 240));
        chat.picture(0).waitUntilEnabled();
        assertEquals("Chatting", chat.state().text());
        endAndWrapUp(chat);
    }

    @Test
    void aReconnectionMidChatLosesNoMessageAndShowsNoneTwice() {
        String id = server.customerChats("Lena Park", "Before the outage.");
        ChatTabPage chat = acceptedChat(id);
        chat.say("Still here?");
        server.restartEndpoint(() -> {
            agent.connection().waitForTextContaining("Reconnecting");
            server.customerWrites(id, "Written while the desktop was away.");
        });
        agent.connection().waitForText("Connected");
        chat.waitForLineEndingWith("Lena Park: Written while the desktop was away.");
        server.customerWrites(id, "After the outage.");
        chat.waitForLineEndingWith("Lena Park: After the outage.");
        chat.say("All received.");
        List<String> texts = server.transcriptTexts("a1", id);
        List<String> shown = chat.lines();
        assertEquals(texts.size(), shown.size(), "one line per message: " + shown);
        for (int n = 0; n < texts.size(); n++) {
            assertTrue(shown.get(n).endsWith(": " + texts.get(n)), shown.get(n) + " shows " + texts.get(n));
        }
        endAndWrapUp(chat);
    }

    @Test
    void theCustomersTypingIsShownUntilTheirMessageArrivesTheyStopOrFallSilent() {
        String id = server.customerChats("Lena Park", "Hello?");
        ChatTabPage chat = acceptedChat(id);
        assertEquals("", chat.typing().text());

        server.customerTyping(id, true);
        chat.typing().waitForText("Lena Park is typing\u2026");
        server.customerWrites(id, "My order number is 4711.");
        chat.waitForLineEndingWith("Lena Park: My order number is 4711.");
        chat.typing().waitForText("");

        server.customerTyping(id, true);
        chat.typing().waitForText("Lena Park is typing\u2026");
        server.customerTyping(id, false);
        chat.typing().waitForText("");

        server.customerTyping(id, true);
        chat.typing().waitForText("Lena Park is typing\u2026");
        driver.waitUntil("the indicator to clear after the customer fell silent",
                () -> chat.typing().text().isEmpty(), Duration.ofMillis(ChatTab.TYPING_SHOWN_MILLIS + 5_000));
        endAndWrapUp(chat);
    }

    @Test
    void acceptingAMobileChatOfAServiceSetToCallOnAcceptShowsTheCallBesideTheChat() {
        String id = server.mobileCustomerChats("Ines Duarte", ChatTestServer.CALL_ON_ACCEPT_QUEUE);
        ChatTabPage chat = acceptedChat(id, "Mobile claims");
        driver.waitUntil("the server's call to the customer", () -> server.view("a1", id).multimedia() != null);
        InteractionView mine = server.view("a1", id);
        assertEquals(ChatTestServer.CALL_ON_ACCEPT_QUEUE, mine.multimedia().serviceId());
        String call = mine.multimedia().activeCall();
        CallPanelPage voice = workbench.call(call).waitUntilShown().waitForState("Connected");
        chats = ChatViewPage.show(driver);
        chat.callStatus().waitForText("Call in progress: release it before you end the chat");
        assertFalse(chat.phone().isEnabled(), "no second call while the first is up");

        voice.click("RELEASE").waitUntilGone();
        chats = ChatViewPage.show(driver);
        chat.callStatus().waitForText("Calls made: 1");
        endAndWrapUp(chat);
    }

    private void assertRefused(String chatId, String name, String type, byte[] bytes, String rule) {
        ServerRefusal r = assertThrows(ServerRefusal.class, () -> server.customerSendsPicture(chatId, name, type, bytes));
        assertEquals(rule, r.rule().map(Enum::name).orElse(null), r.getMessage());
    }
}
