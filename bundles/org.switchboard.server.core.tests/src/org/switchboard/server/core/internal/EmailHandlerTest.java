package org.switchboard.server.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.switchboard.core.Rule;
import org.switchboard.server.core.ActionParams;
import org.switchboard.server.core.EmailQueueView;
import org.switchboard.server.core.EmailReceipt;
import org.switchboard.server.core.EmailReceipt.Outcome;
import org.switchboard.server.core.EmailTransport;
import org.switchboard.server.core.EmailView;
import org.switchboard.server.core.InboundEmail;
import org.switchboard.server.core.InteractionView;
import org.switchboard.server.core.OutboundEmail;
import org.switchboard.server.core.ServerRefusal;

/**
 * Emails in the engine: a new email opens a case and is offered, accepted, answered (the reply threaded
 * into the case) and wrapped up; a customer's reply joins its case; duplicates, auto-replies and bounces
 * never start a case; RONA, team and personal queues, and replies waiting while no transport is there.
 */
class EmailHandlerTest {

    private static final String QUEUE = "email-support";

    private final Desk desk = new Desk();
    private final List<OutboundEmail> sent = new ArrayList<>();
    private final EmailTransport transport = sent::add;

    @AfterEach
    void close() {
        desk.close();
    }

    private static InboundEmail mail(String messageId, String subject, List<String> references, InboundEmail.Kind kind) {
        return new InboundEmail(messageId, references, "dana@example.org", "Dana Whitfield", "support@switchboard.test",
                subject, "My order 1234 has not arrived.", null, List.of(), kind, org.switchboard.testing.ManualClock.START);
    }

    private EmailReceipt receive(String messageId, String subject, String... references) {
        return desk.engine.emails().receive(QUEUE, mail(messageId, subject, List.of(references),
                InboundEmail.Kind.ORDINARY));
    }

    private static ActionParams text(String text) {
        return new ActionParams(null, null, null, null, null, text);
    }

    private EmailQueueView queue(String agentId, EmailQueueView.Kind kind) {
        return desk.engine.emails().queues(agentId).stream().filter(q -> q.kind() == kind).findFirst().orElseThrow();
    }

    @Test
    void aNewEmailIsOfferedAcceptedAnsweredInItsThreadAndWrappedUp() {
        desk.engine.emails().connect(transport);
        desk.ready("a2");
        EmailReceipt r = receive("m1@example.org", "Parcel missing");
        assertEquals(Outcome.NEW_CASE, r.outcome());
        InteractionView offered = desk.view("a2", v -> v.id().equals(r.interactionId()));
        assertEquals("OFFERED", offered.state());
        assertTrue(offered.allowedActions().containsAll(List.of("ACCEPT", "REJECT")), offered.allowedActions()::toString);

        desk.does("a2", r.interactionId(), "ACCEPT");
        desk.does("a2", r.interactionId(), "REPLY", text("It ships today."));

        assertEquals(1, sent.size());
        OutboundEmail reply = sent.get(0);
        assertEquals("dana@example.org", reply.to());
        assertEquals("support@switchboard.test", reply.from());
        assertEquals("m1@example.org", reply.inReplyTo());
        assertEquals(List.of("m1@example.org"), reply.references());
        assertEquals("Re: Parcel missing [#" + r.caseId() + "]", reply.subject());
        desk.assertState("WRAP_UP", "a2");
        InteractionView answered = desk.view("a2", v -> v.id().equals(r.interactionId()));
        EmailView.Message last = answered.email().messages().getLast();
        assertEquals("OUTBOUND", last.direction());
        assertEquals("QUEUED", last.delivery());

        desk.engine.emails().delivery(reply.id(), true, null);
        desk.does("a2", r.interactionId(), "WRAP_UP", Desk.wrapUp("resolved", "shipped"));
        desk.assertState("READY", "a2");
        assertEquals("resolved", desk.store.wrapUps.get(0).disposition());
        assertTrue(desk.store.interactions.stream().anyMatch(s -> s.id().equals(r.interactionId())
                && s.channel().equals("EMAIL") && s.callerNumber().equals("dana@example.org")));
    }

    @Test
    void theCustomersReplyJoinsItsCaseByReferencesOrByTheTokenAndADuplicateIsOneEmail() {
        desk.engine.emails().connect(transport);
        desk.ready("a2");
        EmailReceipt first = receive("m1@example.org", "Parcel missing");
        desk.does("a2", first.interactionId(), "ACCEPT");
        desk.does("a2", first.interactionId(), "REPLY", text("It ships today."));
        desk.does("a2", first.interactionId(), "WRAP_UP", Desk.wrapUp("resolved", ""));

        EmailReceipt byReference = receive("m2@example.org", "Re: Parcel missing", sent.get(0).messageId());
        assertEquals(Outcome.JOINED, byReference.outcome());
        assertEquals(first.caseId(), byReference.caseId());
        desk.does("a2", byReference.interactionId(), "ACCEPT");
        InteractionView v = desk.view("a2", x -> x.id().equals(byReference.interactionId()));
        assertEquals(3, v.email().messages().size(), "the case's thread: mail, reply, mail");

        assertEquals(Outcome.DUPLICATE, receive("m2@example.org", "Re: Parcel missing").outcome());
        EmailReceipt byToken = receive("m3@example.org", "Still nothing [#" + first.caseId() + "]");
        assertEquals(Outcome.JOINED, byToken.outcome());
        assertEquals(byReference.interactionId(), byToken.interactionId(), "joins the email being worked on");
        assertEquals(Outcome.NEW_CASE, receive("m4@example.org", "Another question").outcome());
    }

    @Test
    void autoRepliesAndBouncesJoinTheirCaseQuietlyAndNeverStartOne() {
        desk.engine.emails().connect(transport);
        EmailReceipt first = receive("m1@example.org", "Parcel missing");
        EmailReceipt auto = desk.engine.emails().receive(QUEUE, mail("ooo@example.org", "Out of office",
                List.of("m1@example.org"), InboundEmail.Kind.AUTO_REPLY));
        assertEquals(Outcome.JOINED_QUIETLY, auto.outcome());
        assertEquals(first.caseId(), auto.caseId());
        EmailReceipt strayBounce = desk.engine.emails().receive(QUEUE, mail("dsn@example.org", "Undeliverable",
                List.of("unknown@example.org"), InboundEmail.Kind.BOUNCE));
        assertEquals(Outcome.DROPPED, strayBounce.outcome());
        assertEquals(1, queue("a2", EmailQueueView.Kind.TEAM).count(), "only the customer's email waits");
    }

    @Test
    void anUnansweredOfferReturnsToTheTeamQueueFromWhichAnotherAgentRetrievesIt() {
        desk.ready("a2");
        EmailReceipt r = receive("m1@example.org", "Parcel missing");
        desk.clock.advance(Desk.OFFER_TIMEOUT.plusSeconds(1));
        desk.engine.tick();
        assertTrue(desk.notices("a2").stream().anyMatch(n -> Rule.OFFER_NOT_ANSWERED.name().equals(n.rule())));
        assertEquals(1, queue("a1", EmailQueueView.Kind.TEAM).count());

        desk.engine.login("a3", "a3-demo");
        assertThrows(ServerRefusal.class, () -> desk.engine.emails().retrieve("a3", r.interactionId()),
                "a3 holds none of the queue's skills");
        desk.engine.login("a1", "a1-demo");
        InteractionView taken = desk.engine.emails().retrieve("a1", r.interactionId());
        assertEquals("HANDLING", taken.state());
        assertTrue(taken.allowedActions().contains("REPLY"));
        assertEquals(0, queue("a1", EmailQueueView.Kind.TEAM).count());
    }

    @Test
    void aSavedDraftWaitsInThePersonalQueueAndComesBackWithTheDraft() {
        desk.ready("a2");
        EmailReceipt r = receive("m1@example.org", "Parcel missing");
        desk.does("a2", r.interactionId(), "ACCEPT");
        desk.does("a2", r.interactionId(), "SAVE_DRAFT", text("Dear Dana, "));
        desk.assertState("READY", "a2");
        EmailQueueView personal = queue("a2", EmailQueueView.Kind.PERSONAL);
        assertEquals(1, personal.count());
        assertTrue(personal.items().get(0).draft());

        InteractionView back = desk.engine.emails().retrieve("a2", r.interactionId());
        assertEquals("Dear Dana, ", back.email().draft());
        assertEquals(0, queue("a2", EmailQueueView.Kind.PERSONAL).count());
    }

    @Test
    void aReplyWithoutATransportWaitsAndLeavesWhenOneConnects() {
        desk.ready("a2");
        EmailReceipt r = receive("m1@example.org", "Parcel missing");
        desk.does("a2", r.interactionId(), "ACCEPT");
        desk.does("a2", r.interactionId(), "REPLY", text("It ships today."));
        assertTrue(sent.isEmpty());
        desk.engine.emails().connect(transport);
        assertEquals(1, sent.size());
    }

    @Test
    void closingWithoutReplySendsNothingAndAReplyNeedsText() {
        desk.engine.emails().connect(transport);
        desk.ready("a2");
        EmailReceipt r = receive("m1@example.org", "Thanks!");
        desk.does("a2", r.interactionId(), "ACCEPT");
        assertThrows(ServerRefusal.class, () -> desk.act("a2", r.interactionId(), "REPLY", text(" ")));
        desk.does("a2", r.interactionId(), "CLOSE_WITHOUT_REPLY");
        desk.assertState("WRAP_UP", "a2");
        assertTrue(sent.isEmpty());
        assertEquals(0, queue("a2", EmailQueueView.Kind.TEAM).count());
        assertNotNull(desk.view("a2", v -> v.id().equals(r.interactionId())));
    }
}
