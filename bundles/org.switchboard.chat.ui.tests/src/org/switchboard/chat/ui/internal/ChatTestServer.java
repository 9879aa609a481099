package org.switchboard.chat.ui.internal;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.switchboard.core.Channel;
import org.switchboard.server.core.ActionCommand;
import org.switchboard.server.core.ActionParams;

import org.switchboard.server.core.Caller;
import org.switchboard.server.core.ChatLine;
import org.switchboard.server.core.ContactCenters;
import org.switchboard.server.core.DirectoryEntry;
import org.switchboard.server.core.InteractionView;
import org.switchboard.server.core.LocationView;
import org.switchboard.server.core.MobileView;
import org.switchboard.server.core.QueueConfig;
import org.switchboard.server.core.RunningContactCenter;
import org.switchboard.server.core.ServerConfig;
import org.switchboard.server.rest.RestServer;
import org.switchboard.ui.testing.RestAgent;

/**
 * The reference contact center (demo agents and queues) with its REST API on a free loopback port,
 * in the test runtime, with a second chat service set to call mobile customers on accept. One for the
 * whole run: the workbench logs in once, and {@link #clearDesk} ends what a test left behind. Its REST endpoint can be
 * stopped and started again on the same port, as a server restart looks to the desktop.
 */
final class ChatTestServer {

    static final String QUEUE = "chat-support";
    /** A chat service set to call the mobile customer as soon as the agent accepts the chat. */
    static final String CALL_ON_ACCEPT_QUEUE = "mobile-claims";
    static final String PHONE = "+12015550188";
    private static final ActionParams RESOLVED = new ActionParams(null, null, null, "resolved", null, null);

    private static ChatTestServer instance;

    final RunningContactCenter center = ContactCenters.start(config(), Clock.systemUTC(), null);
    private RestServer rest = RestServer.start(center, 0, Duration.ofMillis(500));
    private final int port = rest.baseUri().getPort();
    private RestAgent agent2;
    /** Every interaction the customers started, so that a test's leftovers can be ended. */
    private final Set<String> injected = ConcurrentHashMap.newKeySet();

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
        return rest.baseUri();
    }

    String customerChats(String name, String firstMessage) {
        String id = center.simulator().injectChat(QUEUE, new Caller(name, null), Map.of("customerName", name));
        injected.add(id);
        if (firstMessage != null) {
            center.simulator().sendChat(id, firstMessage);
        }
        return id;
    }

    String mobileCustomerChats(String name) {
        return mobileCustomerChats(name, QUEUE);
    }

    String mobileCustomerChats(String name, String queue) {
        String id = center.simulator().injectMobileChat(queue, new Caller(name, null), Map.of("customerName", name),
                new MobileView(PHONE, new LocationView(38.7223, -9.1393, 12.5, Instant.parse("2025-03-01T10:00:00Z"))));
        injected.add(id);
        return id;
    }

    void customerTyping(String chatId, boolean typing) {
        center.simulator().customerTyping(chatId, typing);
    }

    /**
     * Whatever a test left behind is ended, as if its customers hung up and the agent wrapped up on
     * the server: calls first (a chat may not end before its call), then every chat still open, then
     * the wrap-ups the agent still owes. Interactions already over are skipped.
     */
    void clearDesk(String agentId) {
        for (InteractionView v : center.interactionsOf(agentId)) {
            if ("VOICE".equals(v.channel())) {
                quietly(() -> center.simulator().hangUp(v.id()));
            }
        }
        for (String id : List.copyOf(injected)) {
            quietly(() -> center.simulator().hangUp(id));
            injected.remove(id);
        }
        for (InteractionView v : center.interactionsOf(agentId)) {
            if (v.wrapUpOwed()) {
                quietly(() -> center.submit(agentId, v.id(),
                        new ActionCommand("WRAP_UP", RESOLVED, UUID.randomUUID().toString())));
            }
        }
    }

    private static void quietly(Runnable change) {
        try {
            change.run();
        } catch (RuntimeException alreadyOver) {
            // nothing left to end
        }
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
    synchronized void restartEndpoint(Runnable whileDown) {
        rest.close();
        try {
            whileDown.run();
        } finally {
            rest = RestServer.start(center, port, Duration.ofMillis(500));
        }
    }

    /** Agent a2, logged in over the REST API. */
    synchronized RestAgent agent2() {
        if (agent2 == null) {
            agent2 = RestAgent.login(api(), "a2", "a2-demo");
        }
        return agent2;
    }
}
