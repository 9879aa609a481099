package org.switchboard.server.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.switchboard.server.core.ActionParams;
import org.switchboard.server.core.Caller;
import org.switchboard.server.core.ChatLine;
import org.switchboard.server.core.InteractionView;
import org.switchboard.server.core.NoticeRules;

/** Chats: offered, accepted, written in both ways, ended and wrapped up; declined and not offered again. */
class ChatHandlerTest {

    private final Desk desk = new Desk();

    @AfterEach
    void close() {
        desk.close();
    }

    private String chat() {
        return desk.engine.simulator().injectChat("chat-support", new Caller("Ines Duarte", null), Map.of());
    }

    private static ActionParams text(String text) {
        return new ActionParams(null, null, null, null, null, text);
    }

    @Test
    void aChatIsAcceptedWrittenEndedAndWrappedUp() {
        desk.ready("a2");
        String chat = chat();
        desk.does("a2", chat, "ACCEPT");
        desk.engine.simulator().sendChat(chat, "Where is my parcel?");
        desk.does("a2", chat, "SEND", text("It left the depot this morning."));

        InteractionView view = desk.view("a2", v -> v.id().equals(chat));
        assertEquals("ACTIVE", view.state());
        assertEquals(List.of("Where is my parcel?", "It left the depot this morning."),
                view.transcript().stream().map(ChatLine::text).toList());

        desk.does("a2", chat, "END");
        desk.assertState("WRAP_UP", "a2");
        desk.does("a2", chat, "WRAP_UP", new ActionParams(null, null, null, "resolved", null, null));
        assertEquals("", desk.store.wrapUps.get(0).notes(), "no notes: stored empty");
        desk.assertState("READY", "a2");
    }

    @Test
    void aDeclinedChatWaitsForAnotherAgentAndIsNotOfferedAgainToTheOneWhoDeclined() {
        desk.ready("a2");
        String chat = chat();
        desk.events("a2");
        desk.does("a2", chat, "REJECT");

        assertTrue(desk.notices("a2").stream().anyMatch(n -> chat.equals(n.interactionId())
                && NoticeRules.OFFER_DECLINED.equals(n.rule()) && n.message().contains("waits in its queue")));
        assertEquals(1, desk.engine.queues().stream().filter(q -> q.id().equals("chat-support")).findFirst()
                .orElseThrow().waiting());
        desk.engine.tick();
        assertNull(desk.view("a2", v -> v.id().equals(chat)), "not offered to a2 again");
        desk.assertState("READY", "a2");
    }

    @Test
    void aChatTransferredToItsQueueWaitsThereWhileTheAgentWrapsUp() {
        desk.ready("a2");
        String chat = chat();
        desk.does("a2", chat, "ACCEPT");
        desk.does("a2", chat, "TRANSFER", new ActionParams(new org.switchboard.server.core.TargetSpec("QUEUE",
                "chat-support"), null, null, null, null, null));
        desk.assertState("WRAP_UP", "a2");
        assertEquals(1, desk.engine.queues().stream().filter(q -> q.id().equals("chat-support")).findFirst()
                .orElseThrow().waiting());
    }
}
