package org.switchboard.chat.ui.internal;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.switchboard.server.core.Caller;
import org.switchboard.server.core.ChatLine;
import org.switchboard.server.core.ContactCenters;
import org.switchboard.server.core.InteractionView;
import org.switchboard.server.core.LocationView;
import org.switchboard.server.core.MobileView;
import org.switchboard.server.core.RunningContactCenter;
import org.switchboard.server.core.ServerConfig;
import org.switchboard.server.rest.RestServer;

/**
 * The reference contact center (demo agents and queues) with its REST API on a free loopback port,
 * in the test runtime. One for the whole run: the workbench logs in once. Its REST endpoint can be
 * stopped and started again on the same port, as a server restart looks to the desktop.
 */
final class ChatTestServer {

    static final String QUEUE = "chat-support";
    static final String PHONE = "+12015550188";

    private static ChatTestServer instance;

    final RunningContactCenter center = ContactCenters.start(ServerConfig.demo(), Clock.systemUTC(), null);
    private RestServer rest = RestServer.start(center, 0, Duration.ofMillis(500));
    private final int port = rest.baseUri().getPort();
    private RestAgent agent2;

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
        if (firstMessage != null) {
            center.simulator().sendChat(id, firstMessage);
        }
        return id;
    }

    String mobileCustomerChats(String name) {
        return center.simulator().injectMobileChat(QUEUE, new Caller(name, null), Map.of("customerName", name),
                new MobileView(PHONE, new LocationView(38.7223, -9.1393, 12.5, Instant.parse("2025-03-01T10:00:00Z"))));
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
        whileDown.run();
        rest = RestServer.start(center, port, Duration.ofMillis(500));
    }

    /** Agent a2, logged in over the REST API. */
    synchronized RestAgent agent2() {
        if (agent2 == null) {
            agent2 = RestAgent.login(api(), "a2", "a2-demo");
        }
        return agent2;
    }
}
