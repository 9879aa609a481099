package org.switchboard.chat.ui.internal;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.switchboard.core.Channel;
import org.switchboard.server.core.Caller;
import org.switchboard.server.core.ChatLine;
import org.switchboard.server.core.DirectoryEntry;
import org.switchboard.server.core.InteractionView;
import org.switchboard.server.core.LocationView;
import org.switchboard.server.core.MobileView;
import org.switchboard.server.core.QueueConfig;
import org.switchboard.server.core.RunningContactCenter;
import org.switchboard.server.core.ServerConfig;
import org.switchboard.server.rest.RestServer;
import org.switchboard.testing.LoopbackServer;
import org.switchboard.testing.RestAgent;

/**
 * The reference contact center (demo agents and queues) with its REST API on a free loopback port,
 * in the test runtime, with a second chat service set to call mobile customers on accept, and what its
 * customers do. One for the whole run: the workbench logs in once, and {@link #clearDesk} ends what a
 * test left behind. Its REST endpoint can be stopped and started again on the same port, as a server
 * restart looks to the desktop.
 */
final class ChatTestServer {

    static final String QUEUE = "chat-support";
    /** A chat service set to call the mobile customer as soon as the agent accepts the chat. */
    static final String CALL_ON_ACCEPT_QUEUE = "mobile-claims";
    static final String PHONE = "+12015550188";

    private static ChatTestServer instance;

    private final LoopbackServer loopback = new LoopbackServer(config(), (center, port) -> {
        RestServer rest = RestServer.start(center, port, Duration.ofMillis(500));
        return new LoopbackServer.Endpoint(rest.baseUri(), rest);
    });
    final RunningContactCenter center = loopback.center();

    /** The demo contact center plus a chat service that calls mobile customers on accept. */
    private static ServerConfig config() {
        ServerConfig demo = ServerConfig.demo();
        List<QueueConfig> queues = new ArrayList<>(demo.queues());
        queues.add(new QueueConfig(CALL_ON_ACCEPT_QUEUE, "Mobile claims", Channel.CHAT, Set.of("support"), true));
        List<DirectoryEntry> directory = new ArrayList<>(demo.directory());
        directory.add(new DirectoryEntry(DirectoryEntry.Kind.QUEUE, CALL_ON_ACCEPT_QUEUE, "Mobile claims"));
        return new ServerConfig(demo.agents(), demo.teams(), queues, demo.entryPoints(), directory,
                demo.reasonCodes(), demo.dispositions(), demo.cadVariables(), demo.offerTimeout(), demo.wrapUpTimeout(),
                demo.privacyShield(), demo.capacity(), demo.conferenceLimit(), demo.replayBuffer(),
                demo.endCallForWebCallback());
    }

    static synchronized ChatTestServer get() {
        if (instance == null) {
            instance = new ChatTestServer();
        }
        return instance;
    }

    URI api() {
        return loopback.api();
    }

    /** Ends whatever a test left agent {@code agentId} with, as if its customers hung up. */
    void clearDesk(String agentId) {
        loopback.clearDesk(agentId);
    }

    String customerChats(String name, String firstMessage) {
        String id = loopback.customer(
                center.simulator().injectChat(QUEUE, new Caller(name, null), Map.of("customerName", name)));
        if (firstMessage != null) {
            center.simulator().sendChat(id, firstMessage);
        }
        return id;
    }

    String mobileCustomerChats(String name) {
        return mobileCustomerChats(name, QUEUE);
    }

    String mobileCustomerChats(String name, String queue) {
        return loopback.customer(center.simulator().injectMobileChat(queue, new Caller(name, null),
                Map.of("customerName", name),
                new MobileView(PHONE, new LocationView(38.7223, -9.1393, 12.5, Instant.parse("2025-03-01T10:00:00Z")))));
    }

    void customerTyping(String chatId, boolean typing) {
        center.simulator().customerTyping(chatId, typing);
    }

    void customerWrites(String chatId, String text) {
        center.simulator().sendChat(chatId, text);
    }

    void customerSendsPicture(String chatId, String name, String type, byte[] bytes) {
        center.simulator().sendPicture(chatId, name, type, bytes);
    }

    InteractionView view(String agentId, String interactionId) {
        return center.interaction(agentId, interactionId);
    }

    List<String> transcriptTexts(String agentId, String chatId) {
        return view(agentId, chatId).transcript().stream().map(ChatLine::text).toList();
    }

    /** The REST endpoint goes away (the desktop's stream drops) and comes back on the same port. */
    void restartEndpoint(Runnable whileDown) {
        loopback.restartEndpoint(whileDown);
    }

    /** Agent a2, logged in over the REST API. */
    RestAgent agent2() {
        return loopback.agent("a2");
    }
}
