package org.switchboard.knowledge.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.switchboard.server.core.Caller;
import org.switchboard.server.core.ServerConfig;
import org.switchboard.server.knowledge.Proposal;
import org.switchboard.server.knowledge.SearchQuery;
import org.switchboard.server.knowledge.internal.DemoCorpus;
import org.switchboard.server.knowledge.internal.LuceneKnowledgeBase;
import org.switchboard.server.knowledge.internal.rest.KnowledgeApi;
import org.switchboard.server.rest.RestServer;
import org.switchboard.testing.Await;
import org.switchboard.testing.LoopbackServer;
import org.switchboard.ui.testing.ScreenshotOnFailure;
import org.switchboard.ui.testing.UiDriver;
import org.switchboard.ui.testing.pages.AgentStatePage;
import org.switchboard.ui.testing.pages.AgentWorkbenchPage;
import org.switchboard.ui.testing.pages.ChatTabPage;
import org.switchboard.ui.testing.pages.ChatViewPage;
import org.switchboard.ui.testing.pages.KnowledgeViewPage;
import org.switchboard.ui.testing.pages.LoginDialogPage;
import org.switchboard.ui.testing.pages.WrapUpDialogPage;

/**
 * The Knowledge view against the reference server on loopback with the demo's articles: searched as
 * typed with a typo, a query that does not parse explained, Suggest from a customer's chat, an
 * article used in the chat reply (and the use counted), and a proposal followed to publication.
 */
@ExtendWith(ScreenshotOnFailure.class)
class KnowledgeDesktopTest {

    private static LoopbackServer server;
    private static LuceneKnowledgeBase knowledge;

    @BeforeAll
    static void start() throws Exception {
        knowledge = new LuceneKnowledgeBase(Files.createTempDirectory("switchboard-knowledge-desktop"),
                Clock.systemUTC());
        knowledge.publishAll(DemoCorpus.articles(), "knowledge-team");
        server = new LoopbackServer(ServerConfig.demo(), (center, port) -> {
            RestServer rest = RestServer.start(center, port, Duration.ofMillis(500));
            KnowledgeApi.serve(knowledge, rest);
            return new LoopbackServer.Endpoint(rest.baseUri(), rest);
        });
    }

    @AfterAll
    static void stop() {
        server.center().close();
        knowledge.close();
    }

    private static void screenshot(UiDriver driver, String name) {
        String folder = System.getProperty("switchboard.screenshots");
        if (folder != null && !folder.isBlank()) {
            driver.flush();
            driver.captureScreen(Path.of(folder, name));
        }
    }

    @Test
    void anAgentSearchesSuggestsFromAChatUsesAnArticleInTheReplyAndProposesOne() {
        UiDriver driver = new UiDriver(UiDriver.forDefaultDisplay().display(), Duration.ofSeconds(30));
        AgentWorkbenchPage workbench = new AgentWorkbenchPage(driver).waitUntilOpen();
        AgentStatePage agent = workbench.agentState();
        if (!agent.loggedIn()) {
            LoginDialogPage login = workbench.login();
            login.logIn(server.api().toString(), "a1", "a1-demo");
            login.waitUntilClosed();
        }
        agent.connection().waitForText("Connected");
        ChatViewPage chats = ChatViewPage.show(driver);
        if (!"Ready".equals(agent.state().text())) {
            agent.ready().waitForState("Ready");
        }

        KnowledgeViewPage kb = KnowledgeViewPage.show(driver);
        kb.search("refnud card");
        kb.waitForHit("Refund times by payment method");
        kb.status().waitForTextContaining("articles match");
        kb.search("refund AND (");
        kb.status().waitForTextContaining("cannot be read at character 13");

        String chat = server.customer(server.center().simulator().injectChat("chat-support",
                new Caller("Dana Whitfield", null), Map.of("customerName", "Dana Whitfield")));
        server.center().simulator().sendChat(chat, "Hi, my wireless earbuds will not pair with my phone any more");
        chats = ChatViewPage.show(driver);
        chats.offers().waitForOffer(chat);
        chats.offers().accept(chat).waitUntilGone(chat);
        ChatTabPage tab = chats.chat(chat).waitUntilShown().waitForState("Chatting");

        kb = KnowledgeViewPage.show(driver);
        kb.suggest();
        kb.waitForHit("My wireless earbuds will not pair with the phone");
        kb.open("My wireless earbuds will not pair with the phone");
        kb.articleBody().waitForTextContaining("hold the button for 10 seconds");
        kb.use();
        kb.status().waitForTextContaining("put into the chat with Dana Whitfield");
        String article = knowledge.search(SearchQuery.of("\"wireless earbuds will not pair\"")).hits().get(0).id();
        Await.until("the use counted on the server", () -> knowledge.article(article).orElseThrow().stats().uses() == 1);
        kb.rateHelpful();
        Await.until("the rating counted", () -> knowledge.article(article).orElseThrow().stats().helpful() == 1);
        screenshot(driver, "desktop-knowledge.png");
        tab.select();
        tab.input().waitForTextContaining("Put both earbuds in the case and hold the button for 10 seconds");

        KnowledgeViewPage.ContributeDialogPage contribute = KnowledgeViewPage.show(driver).contribute();
        contribute.propose("Pairing earbuds with two phones", "electronics, wireless-earbuds",
                "Earbuds remember **two** phones; pair the second with the first one's Bluetooth off.");
        contribute.waitForProposal("Pairing earbuds with two phones", "Waiting for review");
        Proposal pending = knowledge.proposals("a1", Proposal.State.PENDING).get(0);
        assertEquals(java.util.List.of("electronics", "wireless-earbuds"), pending.content().tags());
        knowledge.publish(pending.id(), "km", "thanks");
        contribute.close();
        contribute = KnowledgeViewPage.show(driver).contribute();
        contribute.waitForProposal("Pairing earbuds with two phones", "Published");
        contribute.close();
        assertTrue(knowledge.search(SearchQuery.of("second phone")).total() > 0);

        tab.select();
        tab.part("end").waitUntilEnabled().click();
        tab.waitForState("Wrap-up");
        new WrapUpDialogPage(driver).waitUntilOpen().reason("Resolved").submit();
        tab.waitUntilGone();
    }
}
