package org.switchboard.connector.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.connector.AgentStateService;
import org.switchboard.connector.ConnectionSettings;
import org.switchboard.connector.ConnectorEvent.InteractionChanged;
import org.switchboard.connector.ConnectorEvent.InteractionOffered;
import org.switchboard.connector.ConnectorEvent.StateReconciled;
import org.switchboard.connector.ConnectorSession;
import org.switchboard.connector.EmailDetails;
import org.switchboard.connector.EmailQueue;
import org.switchboard.connector.EmailService;
import org.switchboard.core.agent.AgentState;
import org.switchboard.server.core.EmailReceipt;
import org.switchboard.server.core.InboundEmail;
import org.switchboard.server.core.OutboundEmail;
import org.switchboard.testing.Await;

/**
 * The connector's email service against the reference server: an email offered with its case and
 * thread, accepted and answered through the outbox, the reply threaded; a draft parks the email in
 * the personal queue, from which it is retrieved with its draft.
 */
class EmailAgainstServerTest {

    @TempDir
    Path data;

    @RegisterExtension
    final ConnectorSessions sessions = new ConnectorSessions();

    private final List<OutboundEmail> sent = new CopyOnWriteArrayList<>();

    private static <T> T done(CompletionStage<T> stage) throws Exception {
        return stage.toCompletableFuture().get(EventLog.WAIT.toSeconds(), TimeUnit.SECONDS);
    }

    private static EmailReceipt mail(ServerUnderTest server, String messageId) {
        return server.center.emails().receive("email-support", new InboundEmail(messageId, List.of(),
                "dana@customers.test", "Dana Whitfield", "support@switchboard.test", "Where is my parcel?",
                "Order 1234 has not arrived.", null, List.of(), InboundEmail.Kind.ORDINARY, Instant.now()));
    }

    private EmailService readyAgent(ServerUnderTest server, EventLog log) throws Exception {
        ConnectorSession session = sessions.open(ConnectionSettings.of(server.baseUri(), "a2",
                "a2-demo".toCharArray(), data), log);
        log.await(StateReconciled.class, r -> true);
        done(session.adapt(AgentStateService.class).orElseThrow().changeState(AgentState.READY, null));
        return session.adapt(EmailService.class).orElseThrow();
    }

    @Test
    void anEmailIsOfferedWithItsThreadAcceptedAndAnsweredThroughTheOutbox() throws Exception {
        ServerUnderTest server = sessions.closeAfter(new ServerUnderTest());
        server.center.emails().connect(sent::add);
        EventLog log = new EventLog();
        EmailService email = readyAgent(server, log);
        EmailReceipt r = mail(server, "dana-1@customers.test");

        log.await(InteractionOffered.class, o -> o.interaction().id().equals(r.interactionId()));
        EmailDetails details = email.details(r.interactionId()).orElseThrow();
        assertEquals("Where is my parcel?", details.subject());
        assertEquals("Order 1234 has not arrived.", details.messages().get(0).text());
        done(email.accept(r.interactionId()));
        done(email.reply(r.interactionId(), "It left the depot this morning."));

        assertEquals(1, sent.size());
        assertEquals("dana-1@customers.test", sent.get(0).inReplyTo());
        log.await(InteractionChanged.class, c -> c.interaction().id().equals(r.interactionId())
                && email.details(r.interactionId()).map(d -> d.messages().size() == 2).orElse(false));
        done(email.wrapUp(r.interactionId(), "resolved", ""));
    }

    @Test
    void aDraftParksTheEmailInThePersonalQueueFromWhichItComesBack() throws Exception {
        ServerUnderTest server = sessions.closeAfter(new ServerUnderTest());
        EventLog log = new EventLog();
        EmailService email = readyAgent(server, log);
        EmailReceipt r = mail(server, "dana-1@customers.test");
        log.await(InteractionOffered.class, o -> o.interaction().id().equals(r.interactionId()));
        done(email.accept(r.interactionId()));
        done(email.saveDraft(r.interactionId(), "Dear Dana,"));

        List<EmailQueue> queues = done(email.queues());
        EmailQueue personal = queues.stream().filter(q -> q.kind() == EmailQueue.Kind.PERSONAL).findFirst()
                .orElseThrow();
        assertEquals(1, personal.count());
        assertTrue(personal.items().get(0).draft());
        done(email.retrieve(r.interactionId()));
        Await.until("the email back with its draft", EventLog.WAIT,
                () -> email.details(r.interactionId()).map(d -> "Dear Dana,".equals(d.draft())).orElse(false));
    }
}
