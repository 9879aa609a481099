package org.switchboard.core.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.switchboard.core.ActionRefusedException;
import org.switchboard.core.Channel;
import org.switchboard.core.Rule;
import org.switchboard.core.agent.Agent;
import org.switchboard.core.agent.AgentPolicy;
import org.switchboard.core.dial.DialString;
import org.switchboard.core.wrapup.WrapUpCatalog;

class ChatTest {

    private static final Instant T0 = Instant.parse("2025-03-01T10:00:00Z");

    private static void assertRefused(Rule rule, Executable action) {
        assertEquals(rule, assertThrows(ActionRefusedException.class, action).rule());
    }

    private static ChatSession mobileChat() {
        MobileContext ctx = new MobileContext(Optional.of(DialString.parse("+12015532447")),
                Optional.of(new Location(40.7128, -74.006, 12.5, T0)));
        return new ChatSession("chat-1", "cust-1", "roadside", "agent-1", ctx, AttachmentPolicy.pictures(),
                WrapUpCatalog.defaults());
    }

    @Test
    void chatOfferIsAcceptedOrRejected() {
        ChatSession accepted = ChatSession.offered("chat-1", "cust-1", "support", "agent-1");
        assertEquals(EnumSet.of(ChatAction.ACCEPT, ChatAction.REJECT), accepted.allowedActions());
        assertRefused(Rule.NOT_ALLOWED_IN_STATE, () -> accepted.send("hi", T0));
        accepted.accept();
        assertEquals(ChatState.ACTIVE, accepted.state());
        assertRefused(Rule.NOT_RINGING, accepted::accept);

        ChatSession rejected = ChatSession.offered("chat-2", "cust-2", "support", "agent-1");
        rejected.reject();
        assertEquals(ChatState.REJECTED, rejected.state());
        assertEquals(EnumSet.noneOf(ChatAction.class), rejected.allowedActions());
    }

    @Test
    void concurrentChatSessionsUpToAgentsChatCapacity() {
        Agent agent = new Agent("agent-1", AgentPolicy.defaults());
        agent.login();
        agent.goReady();
        for (int i = 1; i <= 3; i++) {
            ChatSession s = ChatSession.offered("chat-" + i, "cust-" + i, "support", "agent-1");
            agent.offer(s.id(), Channel.CHAT, T0);
            s.accept();
            agent.accept(s.id());
        }
        assertEquals(3, agent.activeCount(Channel.CHAT));
        assertRefused(Rule.CAPACITY_REACHED, () -> agent.offer("chat-4", Channel.CHAT, T0));
    }

    @Test
    void chatTransferToAgentOrQueue() {
        ChatSession toAgent = ChatSession.offered("chat-1", "cust-1", "support", "agent-1");
        toAgent.accept();
        assertRefused(Rule.CANNOT_TARGET_PARTICIPANT, () -> toAgent.transfer(new ChatTransferTarget.ToAgent("agent-1")));
        toAgent.transfer(new ChatTransferTarget.ToAgent("agent-2"));
        assertEquals(ChatState.TRANSFERRED, toAgent.state());
        assertTrue(toAgent.owesWrapUp());

        ChatSession toQueue = ChatSession.offered("chat-2", "cust-2", "support", "agent-1");
        toQueue.accept();
        toQueue.transfer(new ChatTransferTarget.ToQueue("billing"));
        assertEquals(Optional.of(new ChatTransferTarget.ToQueue("billing")), toQueue.transferredTo());
    }

    @Test
    void endingChatLeadsToWrapUp() {
        ChatSession s = ChatSession.offered("chat-1", "cust-1", "support", "agent-1");
        s.accept();
        s.receive("hello", T0);
        s.send("hi, how can I help?", T0.plusSeconds(5));
        s.end();
        assertEquals(ChatState.ENDED, s.state());
        assertEquals(2, s.transcript().size());
        assertRefused(Rule.NOT_ALLOWED_IN_STATE, () -> s.send("late", T0));
        assertTrue(s.owesWrapUp());
    }

    @Test
    void cannedResponsesHaveTitleTextAndPlaceholders() {
        CannedResponse r = new CannedResponse("Greeting", "Hello {customer.name}, I am {agent}. {agent} here!");
        assertEquals(Set.of("customer.name", "agent"), r.placeholders());
        assertEquals("Hello Bo, I am Ana. Ana here!", r.fill(Map.of("customer.name", "Bo", "agent", "Ana")));
        assertEquals("Price: $5", new CannedResponse("Price", "Price: {p}").fill(Map.of("p", "$5")));
        assertRefused(Rule.CANNED_RESPONSE_PLACEHOLDER_MISSING, () -> r.fill(Map.of("agent", "Ana")));

        ChatSession s = ChatSession.offered("chat-1", "cust-1", "support", "agent-1");
        s.accept();
        s.send(r, Map.of("customer.name", "Bo", "agent", "Ana"), T0);
        assertEquals("Hello Bo, I am Ana. Ana here!", s.transcript().get(0).text());
    }

    @Test
    void mobileChatCarriesPhoneNumberAndLocation() {
        ChatSession s = mobileChat();
        assertEquals("+12015532447", s.mobile().phoneNumber().orElseThrow().value());
        Location l = s.mobile().location().orElseThrow();
        assertEquals(40.7128, l.latitude());
        assertEquals(12.5, l.accuracyMeters());
        assertEquals(T0, l.at());
        assertRefused(Rule.INVALID_LOCATION, () -> new Location(91, 0, 1, T0));
        assertRefused(Rule.INVALID_LOCATION, () -> new Location(0, -181, 1, T0));
        assertRefused(Rule.INVALID_LOCATION, () -> new Location(0, 0, -1, T0));
        assertRefused(Rule.INVALID_LOCATION, () -> new Location(Double.NaN, 0, 1, T0));
    }

    @Test
    void customerPicturesArriveAsAttachmentsCheckedByTypeAndSize() {
        ChatSession s = mobileChat();
        s.accept();
        s.receivePicture(new Attachment("crash.jpg", "image/jpeg", 2_000_000), T0);
        assertEquals(new Attachment("crash.jpg", "image/jpeg", 2_000_000), s.transcript().get(0).attachment().orElseThrow());
        assertRefused(Rule.ATTACHMENT_TYPE_NOT_ALLOWED,
                () -> s.receivePicture(new Attachment("x.exe", "application/octet-stream", 10), T0));
        assertRefused(Rule.ATTACHMENT_TOO_LARGE,
                () -> s.receivePicture(new Attachment("huge.png", "image/png", 50_000_000), T0));
        assertEquals(1, s.transcript().size());
    }

    @Test
    void multimediaChatIsPrimaryAndCallsBelongToItsService() {
        MultimediaInteraction mm = new MultimediaInteraction(mobileChat());
        assertRefused(Rule.CALL_NEEDS_ACTIVE_CHAT, () -> mm.callCustomer("call-1"));
        mm.chat().accept();
        MultimediaInteraction.CallLeg first = mm.callCustomer("call-1");
        assertEquals("roadside", first.serviceId());
        assertRefused(Rule.CALL_ALREADY_ACTIVE, () -> mm.callCustomer("call-2"));
        mm.releaseCall();
        MultimediaInteraction.CallLeg second = mm.callCustomer("call-2");
        assertEquals("roadside", second.serviceId());
        assertEquals(List.of(first, second), mm.calls());
    }

    @Test
    void multimediaFinishesByReleasingTheCallThenDisconnectingTheChat() {
        MultimediaInteraction mm = new MultimediaInteraction(mobileChat());
        mm.chat().accept();
        mm.callCustomer("call-1");
        assertRefused(Rule.RELEASE_CALL_BEFORE_CHAT, mm::disconnectChat);
        assertEquals(ChatState.ACTIVE, mm.chat().state());
        mm.releaseCall();
        mm.disconnectChat();
        assertEquals(ChatState.ENDED, mm.chat().state());
        assertRefused(Rule.CALL_NEEDS_ACTIVE_CHAT, () -> mm.callCustomer("call-3"));
    }

    @Test
    void callFromChatNeedsCustomerPhoneNumber() {
        MultimediaInteraction mm = new MultimediaInteraction(ChatSession.offered("chat-1", "c", "support", "agent-1"));
        mm.chat().accept();
        assertRefused(Rule.NO_CUSTOMER_PHONE_NUMBER, () -> mm.callCustomer("call-1"));
    }
}
