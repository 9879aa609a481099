package org.switchboard.server.core.internal;

import java.time.Duration;

import org.switchboard.server.core.ServerConfig;

/** The demo configuration as the framework properties adjust it, for the contact center the product runs. */
final class DemoConfig {

    /** Chat queues (ids, comma separated) whose accepted mobile chats call the customer at once. */
    static final String CALL_ON_ACCEPT_PROPERTY = "switchboard.chat.callOnAccept";
    /** Framework property: how many demo agents (a1, a2, a3, then generated a4 ... an; password {@code <id>-demo}). */
    static final String DEMO_AGENTS_PROPERTY = "switchboard.demo.agents";
    static final int MAX_DEMO_AGENTS = 100_000;
    /** Framework property: seconds an agent who rejected an offer is not offered that interaction again (0 or more). */
    static final String REJECTED_AGAIN_PROPERTY = "switchboard.offer.rejectedAgain";
    /** Framework property: the contact center's limit of concurrent calls; 0 or unset: none. */
    static final String CALL_LIMIT_PROPERTY = "switchboard.calls.limit";

    private static final System.Logger LOG = System.getLogger(DemoConfig.class.getName());

    private DemoConfig() {
    }

    /**
     * The demo with {@value #CALL_ON_ACCEPT_PROPERTY} naming the chat queues whose accepted mobile
     * chats dial the customer at once, {@value #DEMO_AGENTS_PROPERTY} the number of demo agents, the
     * presence times of {@link Presence#TIMEOUT_PROPERTY} and {@link Presence#LOGOUT_PROPERTY}, and
     * the offer rules of {@value #REJECTED_AGAIN_PROPERTY} and {@value #CALL_LIMIT_PROPERTY}.
     */
    static ServerConfig of(java.util.function.UnaryOperator<String> properties) {
        ServerConfig config = Presence.configured(configured(properties.apply(CALL_ON_ACCEPT_PROPERTY),
                properties.apply(DEMO_AGENTS_PROPERTY)), properties.apply(Presence.TIMEOUT_PROPERTY),
                properties.apply(Presence.LOGOUT_PROPERTY));
        ServerConfig.Offers offers = config.offers();
        return config.withOffers(new ServerConfig.Offers(
                Duration.ofSeconds(atLeastZero(REJECTED_AGAIN_PROPERTY, properties.apply(REJECTED_AGAIN_PROPERTY),
                        offers.rejectedAgain().toSeconds())),
                (int) atLeastZero(CALL_LIMIT_PROPERTY, properties.apply(CALL_LIMIT_PROPERTY), offers.callLimit())));
    }

    /** A whole number of 0 or more from a framework property; unset or not one: {@code otherwise}. */
    static long atLeastZero(String property, String value, long otherwise) {
        if (value == null || value.isBlank()) {
            return otherwise;
        }
        try {
            int n = Integer.parseInt(value.strip());
            if (n >= 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        LOG.log(System.Logger.Level.ERROR, property + "=" + value + " is not a whole number of 0 or more: " + otherwise);
        return otherwise;
    }

    private static ServerConfig configured(String callOnAccept, String demoAgents) {
        ServerConfig demo = ServerConfig.demo(demoAgents(demoAgents));
        try {
            return demo.withCallOnAccept(callOnAccept);
        } catch (IllegalArgumentException e) {
            LOG.log(System.Logger.Level.ERROR, CALL_ON_ACCEPT_PROPERTY + "=" + callOnAccept + " is not a list of chat"
                    + " queues (" + e.getMessage() + "): no queue calls the customer on accept");
            return demo;
        }
    }

    /** The number of demo agents a framework property asks for: 3 to {@value #MAX_DEMO_AGENTS}; 3 when unset or not one. */
    static int demoAgents(String value) {
        if (value == null || value.isBlank()) {
            return 3;
        }
        try {
            int n = Integer.parseInt(value.strip());
            if (n >= 3 && n <= MAX_DEMO_AGENTS) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        LOG.log(System.Logger.Level.ERROR, DEMO_AGENTS_PROPERTY + "=" + value + " is not a number of agents from 3 to "
                + MAX_DEMO_AGENTS + ": the demo has its three agents a1 to a3");
        return 3;
    }
}
