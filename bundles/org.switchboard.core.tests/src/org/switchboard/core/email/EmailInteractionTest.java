package org.switchboard.core.email;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.switchboard.core.ActionRefusedException;
import org.switchboard.core.Rule;

class EmailInteractionTest {

    private static final Instant T0 = Instant.parse("2025-03-01T10:00:00Z");

    private static void assertRefused(Rule rule, Executable action) {
        assertEquals(rule, assertThrows(ActionRefusedException.class, action).rule());
    }

    private static EmailInteraction inbound() {
        EmailCase c = new EmailCase("case-1");
        c.add("thread-1", new EmailMessage("bo@example.com", "support@example.com", "Help", "Broken", T0,
                EmailMessage.Direction.INBOUND));
        return EmailInteraction.inbound("email-1", c, "thread-1", "bo@example.com", "support");
    }

    @Test
    void offeredEmailIsAcceptedByItsAgentOnly() {
        EmailInteraction e = inbound();
        e.offer("agent-1");
        assertRefused(Rule.EMAIL_NOT_YOURS, () -> e.accept("agent-2"));
        e.accept("agent-1");
        assertEquals(EmailState.HANDLING, e.state());
    }

    @Test
    void anyAgentMayRetrieveFromTeamQueueButOnlyTheOwnerFromPersonalQueue() {
        EmailInteraction e = inbound();
        e.pull("agent-1");
        e.saveDraft("agent-1", "Dear Bo,");
        assertEquals(EmailState.IN_PERSONAL_QUEUE, e.state());
        assertEquals(Optional.of("Dear Bo,"), e.draft());
        assertRefused(Rule.EMAIL_NOT_YOURS, () -> e.pull("agent-2"));
        e.pull("agent-1");
        assertEquals(EmailState.HANDLING, e.state());
        assertEquals(Optional.of("Dear Bo,"), e.draft(), "the draft survives");
    }

    @Test
    void replyAddsToTheThreadOfTheCaseAndCloses() {
        EmailInteraction e = inbound();
        e.pull("agent-1");
        e.reply("agent-1", "Fixed.", T0.plusSeconds(60));
        assertEquals(EmailState.CLOSED, e.state());
        assertEquals(2, e.emailCase().thread("thread-1").size());
        assertRefused(Rule.NOT_ALLOWED_IN_STATE, () -> e.reply("agent-1", "again", T0));
        e.followUp("agent-1", "Is it still fine?", T0.plusSeconds(3600));
        assertEquals(3, e.emailCase().thread("thread-1").size());
    }

    @Test
    void closeWithoutReply() {
        EmailInteraction e = inbound();
        e.pull("agent-1");
        e.closeWithoutReply("agent-1");
        assertEquals(EmailState.CLOSED, e.state());
        assertEquals(1, e.emailCase().thread("thread-1").size());
    }

    @Test
    void changeServiceTransferAndForward() {
        EmailInteraction e = inbound();
        e.pull("agent-1");
        assertRefused(Rule.SAME_SERVICE, () -> e.changeService("agent-1", "support"));
        e.changeService("agent-1", "billing");
        assertEquals("billing", e.serviceId());
        e.transferToAgent("agent-1", "agent-2");
        assertEquals(EmailState.IN_PERSONAL_QUEUE, e.state());
        assertEquals(Optional.of("agent-2"), e.agentId());
        e.pull("agent-2");
        e.transferToQueue("agent-2", "returns");
        assertEquals(EmailState.IN_TEAM_QUEUE, e.state());
        e.pull("agent-3");
        assertRefused(Rule.INVALID_EMAIL_ADDRESS, () -> e.forward("agent-3", "not an address", "fyi", T0));
        e.forward("agent-3", "partner@example.org", "fyi", T0);
        assertEquals(EmailState.CLOSED, e.state());
        assertEquals(2, e.emailCase().threadIds().size());
    }

    @Test
    void newOutboundEmailStartsInANewCase() {
        EmailInteraction e = EmailInteraction.newOutbound("email-9", "case-9", "bo@example.com", "sales", "agent-1");
        assertEquals(EmailState.HANDLING, e.state());
        assertEquals(EnumSet.of(EmailAction.CLOSE_WITHOUT_REPLY, EmailAction.CHANGE_SERVICE, EmailAction.TRANSFER,
                EmailAction.FORWARD, EmailAction.REPLY, EmailAction.SAVE_DRAFT), e.allowedActions("agent-1"));
        assertEquals(EnumSet.noneOf(EmailAction.class), e.allowedActions("agent-2"));
        e.reply("agent-1", "Offer inside", T0);
        assertEquals("case-9", e.emailCase().caseId());
    }
}
