package org.switchboard.email.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.switchboard.desktop.services.EmailDrafts;
import org.switchboard.server.core.InteractionView;
import org.switchboard.server.core.ServerConfig;
import org.switchboard.server.mail.MailSettings;
import org.switchboard.server.mail.internal.CustomerMail;
import org.switchboard.server.mail.internal.EmbeddedMailServer;
import org.switchboard.server.mail.internal.MailConnector;
import org.switchboard.server.rest.RestServer;
import org.switchboard.testing.Await;
import org.switchboard.testing.LoopbackServer;
import org.switchboard.testing.Services;
import org.switchboard.ui.testing.ScreenshotOnFailure;
import org.switchboard.ui.testing.UiDriver;
import org.switchboard.ui.testing.pages.AgentStatePage;
import org.switchboard.ui.testing.pages.AgentWorkbenchPage;
import org.switchboard.ui.testing.pages.EmailViewPage;
import org.switchboard.ui.testing.pages.WrapUpDialogPage;

/**
 * Email in the agent desktop against the reference server and a real mail server on loopback
 * (GreenMail: the service's mailbox read over IMAP IDLE, replies sent over SMTP): a customer's mail
 * arrives, is offered in the popover and accepted; the agent reads it and types a reply, which is saved
 * to the local store as a draft, and sends it; the customer's mailbox then holds the reply threaded
 * under the customer's message, and the draft is gone. An email left ringing goes back to its queue
 * and, once the agent is available again, is offered again in a popover the agent sees.
 */
@ExtendWith(ScreenshotOnFailure.class)
class EmailDesktopTest {

    private static final String CUSTOMER = "dana.whitfield@customers.test";

    private static LoopbackServer server;
    private static EmbeddedMailServer mail;
    private static MailConnector connector;

    @BeforeAll
    static void start() throws Exception {
        server = new LoopbackServer(ServerConfig.demo(), (center, port) -> {
            RestServer rest = RestServer.start(center, port, Duration.ofMillis(500));
            return new LoopbackServer.Endpoint(rest.baseUri(), rest);
        });
        mail = new EmbeddedMailServer(0, 0).start(MailSettings.DEMO_ADDRESS, Set.of(CUSTOMER));
        Path data = Files.createTempDirectory("switchboard-email-desktop");
        connector = new MailConnector(MailSettings.loopback(mail.imapPort(), mail.smtpPort(),
                EmbeddedMailServer.SERVICE_USER, EmbeddedMailServer.SERVICE_PASSWORD, MailSettings.DEMO_ADDRESS, data),
                server.center().emails(), Clock.systemUTC(), Duration.ofMillis(200)).start();
        Await.until("the service's mailbox read in IDLE", connector::idling);
    }

    @AfterAll
    static void stop() {
        connector.close();
        mail.close();
        server.center().close();
    }

    private static List<MimeMessage> customersMail() {
        return Arrays.stream(mail.greenMail().getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getAllRecipients()).anyMatch(a -> a.toString().contains(CUSTOMER));
            } catch (Exception e) {
                return false;
            }
        }).toList();
    }

    private static void screenshot(UiDriver driver, String name) {
        String folder = System.getProperty("switchboard.screenshots");
        if (folder != null && !folder.isBlank()) {
            driver.flush();
            driver.captureScreen(Path.of(folder, name));
        }
    }

    @Test
    void aCustomersMailIsOfferedAcceptedAnsweredAndTheReplyReachesTheCustomerThreaded() throws Exception {
        UiDriver driver = new UiDriver(UiDriver.forDefaultDisplay().display(), Duration.ofSeconds(30));
        AgentStatePage agent = readyAgent(driver);
        EmailViewPage email = EmailViewPage.show(driver);

        new CustomerMail(mail.smtpPort()).send(CUSTOMER, "Dana Whitfield", MailSettings.DEMO_ADDRESS,
                "dana-parcel@customers.test", "Where is my parcel?",
                "Hello,\n\nmy order DE-4471 has not arrived.\n\nDana", null);
        InteractionView offered = offeredToA1();

        email.waitForOffer(offered.id());
        assertEquals("Where is my parcel?", email.offeredSubject(offered.id()));
        email.accept(offered.id());
        email.subject().waitForTextContaining("Where is my parcel?");
        email.reading().waitForTextContaining("my order DE-4471 has not arrived.");
        email.reply("Dear Dana,\n\nyour parcel left our depot this morning.\n\nBen");
        screenshot(driver, "desktop-email.png");
        EmailDrafts drafts = Services.await(Services.of(EmailDesktopTest.class), EmailDrafts.class);
        Await.until("the reply saved as a draft in the local store", () -> drafts.find("a1", offered.id()).join()
                .filter(t -> t.contains("your parcel left our depot")).isPresent());
        email.send();

        WrapUpDialogPage wrapUp = new WrapUpDialogPage(driver).waitUntilOpen();
        List<MimeMessage> received = Await.value("the reply in the customer's mailbox", Duration.ofSeconds(20),
                EmailDesktopTest::customersMail, l -> !l.isEmpty());
        MimeMessage reply = received.get(0);
        assertEquals("<dana-parcel@customers.test>", reply.getHeader("In-Reply-To", null));
        assertTrue(reply.getSubject().startsWith("Re: Where is my parcel? [#C-"), reply.getSubject());
        assertTrue(String.valueOf(reply.getContent()).contains("your parcel left our depot"));
        Await.until("the draft forgotten once sent", () -> drafts.find("a1", offered.id()).join().isEmpty());
        wrapUp.reason("Resolved").submit();
        agent.waitForState("Ready");
    }

    @Test
    void anEmailLeftRingingIsOfferedAgainInAPopoverTheAgentSees() throws Exception {
        UiDriver driver = new UiDriver(UiDriver.forDefaultDisplay().display(), Duration.ofSeconds(30));
        AgentStatePage agent = readyAgent(driver);
        EmailViewPage email = EmailViewPage.show(driver);

        new CustomerMail(mail.smtpPort()).send(CUSTOMER, "Dana Whitfield", MailSettings.DEMO_ADDRESS,
                "dana-invoice@customers.test", "Invoice twice?", "Hello,\n\nI was billed twice.\n\nDana", null);
        InteractionView offered = offeredToA1();
        email.waitForOffer(offered.id());

        server.elapse(ServerConfig.demo().offerTimeout().plusSeconds(1));
        agent.waitForRona();
        driver.waitUntilGone(EmailOfferPopover.SHELL);
        agent.ronaAvailable().waitUntilRonaClosed();
        Await.until("the mail offered to a1 again", () -> server.center().interactionsOf("a1").stream()
                .anyMatch(v -> v.id().equals(offered.id()) && v.state().equals("OFFERED")));
        email.waitForOffer(offered.id());
        assertEquals("Invoice twice?", email.offeredSubject(offered.id()));
        email.accept(offered.id());
        email.closeWithoutReply();
        new WrapUpDialogPage(driver).waitUntilOpen().reason("Resolved").submit();
        agent.waitForState("Ready");
    }

    /** a1 logged in and Ready; the first login of the run opens the local store as well. */
    private static AgentStatePage readyAgent(UiDriver driver) {
        return new AgentWorkbenchPage(driver).waitUntilOpen().loggedInReady(server.api().toString(), "a1", "a1-demo");
    }

    private static InteractionView offeredToA1() {
        return Await.value("the mail offered to a1", Duration.ofSeconds(20),
                () -> server.center().interactionsOf("a1").stream()
                        .filter(v -> v.channel().equals("EMAIL") && v.state().equals("OFFERED")).findFirst()
                        .orElse(null),
                v -> v != null);
    }
}
