package org.switchboard.server.mail.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.server.core.ActionCommand;
import org.switchboard.server.core.ActionParams;
import org.switchboard.server.core.EmailQueueView;
import org.switchboard.server.core.InteractionView;
import org.switchboard.server.core.ServerConfig;
import org.switchboard.server.core.internal.ContactCenterEngine;
import org.switchboard.server.core.store.ServerStore;
import org.switchboard.server.mail.MailSettings;
import org.switchboard.testing.Await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * The email channel end to end against a real IMAP and SMTP server (GreenMail on loopback): a
 * customer's mail is read through IDLE, offered, accepted and answered, and the reply lands in the
 * customer's mailbox threaded under the customer's message; the customer's answer joins the case;
 * a reply waits queued while SMTP is down and leaves when it is back; a restarted reader takes no
 * mail twice and misses none.
 */
class MailRoundTripTest {

    private static final Duration RETRY = Duration.ofMillis(100);

    @TempDir
    Path data;

    private EmbeddedMailServer server;
    private ContactCenterEngine engine;
    private MailConnector connector;
    private Customer dana;
    private int requests;

    @BeforeEach
    void start() {
        server = new EmbeddedMailServer(0, 0).start(MailSettings.DEMO_ADDRESS, Set.of("dana@customers.test"));
        engine = engine();
        dana = new Customer("dana@customers.test", server.greenMail(), server.smtpPort());
    }

    private static ContactCenterEngine engine() {
        return new ContactCenterEngine(ServerConfig.demo().withOfferTimeout(Duration.ofMinutes(5)), Clock.systemUTC(),
                Duration.ofMillis(100), ServerStore.none());
    }

    private MailSettings settings(int smtpPort) {
        return MailSettings.loopback(server.imapPort(), smtpPort, EmbeddedMailServer.SERVICE_USER,
                EmbeddedMailServer.SERVICE_PASSWORD, MailSettings.DEMO_ADDRESS, data);
    }

    private void connect(ContactCenterEngine center, int smtpPort) {
        connector = new MailConnector(settings(smtpPort), center.emails(), Clock.systemUTC(), RETRY).start();
        Await.until("the reader waits in IDLE", connector::idling);
    }

    @AfterEach
    void stop() {
        if (connector != null) {
            connector.close();
        }
        engine.close();
        server.close();
    }

    private InteractionView offeredTo(String agentId) {
        return Await.value("an email offered to " + agentId, Duration.ofSeconds(15),
                () -> engine.interactionsOf(agentId).stream().filter(v -> v.channel().equals("EMAIL")).findFirst()
                        .orElse(null),
                v -> v != null && v.state().equals("OFFERED"));
    }

    private void does(String agentId, String id, String action, String text) {
        engine.submit(agentId, id, new ActionCommand(action, new ActionParams(null, null, null, null, null, text),
                "r" + ++requests));
    }

    private List<MimeMessage> danasMail(int count) {
        return Await.value(count + " mails in Dana's mailbox", Duration.ofSeconds(15), dana::inbox,
                l -> l.size() >= count);
    }

    @Test
    void aCustomersMailIsOfferedAnsweredAndTheReplyThreadsUnderIt() throws Exception {
        connect(engine, server.smtpPort());
        engine.login("a2", "a2-demo");
        engine.changeState("a2", "READY", null);
        dana.send("dana-1@customers.test", "Where is my parcel?", "Order 1234 has not arrived.", null);

        InteractionView offered = offeredTo("a2");
        assertEquals("Where is my parcel?", offered.email().subject());
        does("a2", offered.id(), "ACCEPT", null);
        does("a2", offered.id(), "REPLY", "It left the depot this morning.");

        MimeMessage reply = danasMail(1).get(0);
        assertEquals("<dana-1@customers.test>", reply.getHeader("In-Reply-To", null));
        assertEquals("<dana-1@customers.test>", reply.getHeader("References", null));
        String token = offered.email().token();
        assertEquals("Re: Where is my parcel? " + token, reply.getSubject());
        assertTrue(String.valueOf(reply.getContent()).contains("It left the depot"));
        String replyId = reply.getHeader("Message-ID", null).replaceAll("[<>]", "");
        Await.until("the reply shown as sent", () -> engine.interaction("a2", offered.id()).email().messages()
                .getLast().delivery().equals("SENT"));

        engine.submit("a2", offered.id(), new ActionCommand("WRAP_UP",
                new ActionParams(null, null, null, "resolved", null, null), "r" + ++requests));
        dana.send("dana-2@customers.test", "Re: Where is my parcel? " + token, "Thanks, it came.", replyId);
        InteractionView again = offeredTo("a2");
        assertEquals(offered.email().caseId(), again.email().caseId(), "the answer joins its case");
        assertEquals(3, again.email().messages().size());
    }

    @Test
    void aReplyWaitsQueuedWhileSmtpIsDownAndLeavesWhenItIsBack() throws Exception {
        int downPort;
        try (ServerSocket free = new ServerSocket(0)) {
            downPort = free.getLocalPort();
        }
        connect(engine, downPort);
        engine.login("a2", "a2-demo");
        engine.changeState("a2", "READY", null);
        dana.send("dana-1@customers.test", "Refund", "Please refund order 77.", null);
        InteractionView offered = offeredTo("a2");
        does("a2", offered.id(), "ACCEPT", null);
        does("a2", offered.id(), "REPLY", "Refunded.");
        Await.until("the reply tried and still queued", () -> engine.interaction("a2", offered.id()).email()
                .messages().getLast().delivery().equals("QUEUED") && dana.inbox().isEmpty());

        GreenMail late = new GreenMail(new ServerSetup(downPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        MailSessions.call(() -> {
            late.start();
            return null;
        });
        late.setUser(MailSettings.DEMO_ADDRESS, EmbeddedMailServer.SERVICE_USER, EmbeddedMailServer.SERVICE_PASSWORD);
        try {
            Await.until("the queued reply delivered once SMTP is back", () -> late.getReceivedMessages().length == 1);
            Await.until("the reply shown as sent", () -> engine.interaction("a2", offered.id()).email().messages()
                    .getLast().delivery().equals("SENT"));
        } finally {
            late.stop();
        }
    }

    @Test
    void aRestartedReaderTakesNoMailTwiceAndMissesNone() throws Exception {
        connect(engine, server.smtpPort());
        dana.send("dana-1@customers.test", "First", "one", null);
        Await.until("the first mail in the team queue", () -> teamQueue(engine) == 1);
        connector.close();
        connector = null;
        dana.send("dana-2@customers.test", "Second", "two", null);

        ContactCenterEngine restarted = engine();
        try {
            connect(restarted, server.smtpPort());
            Await.until("the second mail in the team queue", () -> teamQueue(restarted) == 1);
            EmailQueueView team = restarted.emails().queues("a2").get(0);
            assertEquals("Second", team.items().get(0).subject(), "the first was taken before the restart");
        } finally {
            connector.close();
            connector = null;
            restarted.close();
        }
    }

    private static int teamQueue(ContactCenterEngine center) {
        return center.emails().queues("a2").stream().filter(q -> q.kind() == EmailQueueView.Kind.TEAM).findFirst()
                .orElseThrow().count();
    }
}
