package org.switchboard.server.core;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.switchboard.core.Channel;
import org.switchboard.core.agent.AgentPolicy;
import org.switchboard.core.agent.AgentState;
import org.switchboard.core.agent.Capacity;
import org.switchboard.core.agent.ReasonCode;
import org.switchboard.core.cad.CadDefinition;
import org.switchboard.core.cad.CadType;

import org.switchboard.core.voice.CallPolicy;
import org.switchboard.core.wrapup.Disposition;
import org.switchboard.core.wrapup.WrapUpCatalog;

/**
 * Everything the administrator configures for the reference contact center.
 *
 * @param offerTimeout        how long an offer (or consult request) rings before RONA
 * @param wrapUpTimeout       optional limit on after-call work
 * @param privacyShield       optional automatic resume of a paused recording
 * @param replayBuffer        events each session keeps for Last-Event-ID replay
 * @param endCallForWebCallback the administrator's "end call for web callback": the agent may cancel
 *                            a web callback before the customer answers
 * @param outboundAnswerDelay how long the simulated customer of an outbound call lets it ring before
 *                            answering; empty: only the simulator's control answers it
 * @param presence            how long a session may be without its event stream before the agent is
 *                            made Not Ready, and before it is logged out
 * @param offers              when a rejected interaction may come back, and the limit of concurrent calls
 */
public record ServerConfig(List<AgentAccount> agents, List<TeamConfig> teams, List<QueueConfig> queues,
        List<EntryPointConfig> entryPoints, List<DirectoryEntry> directory, Set<ReasonCode> reasonCodes,
        Set<Disposition> dispositions, List<CadDefinition> cadVariables, Duration offerTimeout,
        Optional<Duration> wrapUpTimeout, Optional<Duration> privacyShield, Capacity capacity, int conferenceLimit,
        int replayBuffer, boolean endCallForWebCallback, Optional<Duration> outboundAnswerDelay,
        Presence presence, Offers offers) {

    /**
     * An agent whose session has no event stream (its desktop closed, crashed or lost the network) is
     * absent: no offer is made to it; after {@code timeout} it is made Not Ready (reason
     * {@code disconnected}) and its offers go to other agents; after {@code logout} it is logged out,
     * as Cisco Finesse does. A desktop that reconnects before {@code timeout} keeps its state.
     */
    public record Presence(Duration timeout, Duration logout) {

        /**
         * 10 s to Not Ready, 180 s to logout. The server finds a stream gone at its next heartbeat or
         * two (up to about 3 s), so an agent whose desktop died is Not Ready within 15 s.
         */
        public static final Presence DEFAULT = new Presence(Duration.ofSeconds(10), Duration.ofSeconds(180));

        public Presence {
            Checks.present(timeout, "presence timeout");
            Checks.present(logout, "presence logout");
            if (timeout.isNegative() || timeout.isZero() || logout.compareTo(timeout) < 0) {
                throw new IllegalArgumentException("the presence timeout must be positive and the logout no shorter: "
                        + timeout.toSeconds() + " s, " + logout.toSeconds() + " s");
            }
        }
    }

    /**
     * What routing offers and to whom, besides skills and idle time.
     *
     * @param rejectedAgain how long an agent who rejected an offer is not offered that interaction again
     * @param callLimit     the contact center's limit of concurrent calls (ringing, connected or being
     *                      dialled); at it no more calls are offered or placed; 0: no limit
     */
    public record Offers(Duration rejectedAgain, int callLimit) {

        /** A rejected interaction may come back to the agent after 60 s; no limit of concurrent calls. */
        public static final Offers DEFAULT = new Offers(Duration.ofSeconds(60), 0);

        public Offers {
            Checks.present(rejectedAgain, "rejected-offer interval");
            if (rejectedAgain.isNegative() || callLimit < 0) {
                throw new IllegalArgumentException("the rejected-offer interval and the call limit cannot be negative: "
                        + rejectedAgain.toSeconds() + " s, " + callLimit + " calls");
            }
        }

        public boolean limitsCalls() {
            return callLimit > 0;
        }
    }

    public ServerConfig(List<AgentAccount> agents, List<TeamConfig> teams, List<QueueConfig> queues,
            List<EntryPointConfig> entryPoints, List<DirectoryEntry> directory, Set<ReasonCode> reasonCodes,
            Set<Disposition> dispositions, List<CadDefinition> cadVariables, Duration offerTimeout,
            Optional<Duration> wrapUpTimeout, Optional<Duration> privacyShield, Capacity capacity,
            int conferenceLimit, int replayBuffer, boolean endCallForWebCallback,
            Optional<Duration> outboundAnswerDelay, Presence presence) {
        this(agents, teams, queues, entryPoints, directory, reasonCodes, dispositions, cadVariables, offerTimeout,
                wrapUpTimeout, privacyShield, capacity, conferenceLimit, replayBuffer, endCallForWebCallback,
                outboundAnswerDelay, presence, Offers.DEFAULT);
    }

    public ServerConfig(List<AgentAccount> agents, List<TeamConfig> teams, List<QueueConfig> queues,
            List<EntryPointConfig> entryPoints, List<DirectoryEntry> directory, Set<ReasonCode> reasonCodes,
            Set<Disposition> dispositions, List<CadDefinition> cadVariables, Duration offerTimeout,
            Optional<Duration> wrapUpTimeout, Optional<Duration> privacyShield, Capacity capacity,
            int conferenceLimit, int replayBuffer, boolean endCallForWebCallback,
            Optional<Duration> outboundAnswerDelay) {
        this(agents, teams, queues, entryPoints, directory, reasonCodes, dispositions, cadVariables, offerTimeout,
                wrapUpTimeout, privacyShield, capacity, conferenceLimit, replayBuffer, endCallForWebCallback,
                outboundAnswerDelay, Presence.DEFAULT);
    }

    /** How long the demo's customers let an outbound call ring. */
    public static final Duration DEMO_OUTBOUND_ANSWER_DELAY = Duration.ofSeconds(3);

    /** The demo's Not Ready reasons: the core's defaults and a training session. */
    public static final Set<ReasonCode> DEMO_REASON_CODES = union(AgentPolicy.defaults().notReadyReasons(),
            new ReasonCode("training", "Training"));
    /** The demo's dispositions: the core's defaults and a sale. */
    public static final Set<Disposition> DEMO_DISPOSITIONS = union(WrapUpCatalog.defaults().dispositions(),
            new Disposition("sale", "Sale made"));

    private static <T> Set<T> union(Set<T> set, T more) {
        Set<T> all = new HashSet<>(set);
        all.add(more);
        return Set.copyOf(all);
    }

    /** Agents {@link #demo(int)} adds after the three named ones have these skills and this team. */
    public static final Set<String> GENERATED_AGENT_SKILLS = Set.of("sales", "support");

    public ServerConfig(List<AgentAccount> agents, List<TeamConfig> teams, List<QueueConfig> queues,
            List<EntryPointConfig> entryPoints, List<DirectoryEntry> directory, Set<ReasonCode> reasonCodes,
            Set<Disposition> dispositions, List<CadDefinition> cadVariables, Duration offerTimeout,
            Optional<Duration> wrapUpTimeout, Optional<Duration> privacyShield, Capacity capacity,
            int conferenceLimit, int replayBuffer) {
        this(agents, teams, queues, entryPoints, directory, reasonCodes, dispositions, cadVariables, offerTimeout,
                wrapUpTimeout, privacyShield, capacity, conferenceLimit, replayBuffer, true);
    }

    public ServerConfig(List<AgentAccount> agents, List<TeamConfig> teams, List<QueueConfig> queues,
            List<EntryPointConfig> entryPoints, List<DirectoryEntry> directory, Set<ReasonCode> reasonCodes,
            Set<Disposition> dispositions, List<CadDefinition> cadVariables, Duration offerTimeout,
            Optional<Duration> wrapUpTimeout, Optional<Duration> privacyShield, Capacity capacity,
            int conferenceLimit, int replayBuffer, boolean endCallForWebCallback) {
        this(agents, teams, queues, entryPoints, directory, reasonCodes, dispositions, cadVariables, offerTimeout,
                wrapUpTimeout, privacyShield, capacity, conferenceLimit, replayBuffer, endCallForWebCallback,
                Optional.of(DEMO_OUTBOUND_ANSWER_DELAY));
    }

    public ServerConfig {
        agents = List.copyOf(Checks.present(agents, "agents"));
        teams = List.copyOf(Checks.present(teams, "teams"));
        queues = List.copyOf(Checks.present(queues, "queues"));
        entryPoints = List.copyOf(Checks.present(entryPoints, "entry points"));
        directory = List.copyOf(Checks.present(directory, "directory"));
        reasonCodes = Set.copyOf(Checks.present(reasonCodes, "reason codes"));
        dispositions = Set.copyOf(Checks.present(dispositions, "dispositions"));
        cadVariables = List.copyOf(Checks.present(cadVariables, "call variables"));
        Checks.present(offerTimeout, "offer timeout");
        Checks.present(wrapUpTimeout, "wrap-up timeout");
        Checks.present(privacyShield, "privacy shield");
        Checks.present(capacity, "capacity");
        Checks.present(outboundAnswerDelay, "outbound answer delay");
        Checks.present(presence, "presence");
        Checks.present(offers, "offers");
        if (outboundAnswerDelay.filter(d -> d.isNegative()).isPresent()) {
            throw new IllegalArgumentException("the outbound answer delay cannot be negative");
        }
        if (replayBuffer < 1) {
            throw new IllegalArgumentException("replay buffer must hold at least one event");
        }
        Set<String> ids = new HashSet<>();
        for (QueueConfig q : queues) {
            requireUnique(ids, q.id());
        }
        for (EntryPointConfig e : entryPoints) {
            requireUnique(ids, e.id());
            if (queues.stream().noneMatch(q -> q.id().equals(e.queueId()))) {
                throw new IllegalArgumentException("entry point " + e.id() + " routes to unknown queue " + e.queueId());
            }
        }
        Set<String> agentIds = new HashSet<>();
        for (AgentAccount a : agents) {
            requireUnique(agentIds, a.id());
        }
        // The core's policies check timeouts and limits (fields are not assigned yet: pass the values).
        new AgentPolicy(capacity, offerTimeout, wrapUpTimeout, AgentState.READY, reasonCodes);
        new CallPolicy(conferenceLimit, true, privacyShield, offerTimeout, offerTimeout,
                new WrapUpCatalog(dispositions, WrapUpCatalog.DEFAULT_MAX_NOTES));
    }

    private static void requireUnique(Set<String> seen, String id) {
        if (!seen.add(id)) {
            throw new IllegalArgumentException("duplicate id " + id);
        }
    }

    /** The demo contact center: three agents, voice, chat and email queues, an entry point, call variables. */
    public static ServerConfig demo() {
        return demo(3);
    }

    /**
     * The demo contact center with {@code agentCount} agents (at least 3): {@code a1} to {@code a3} as in
     * {@link #demo()}, then {@code a4}, {@code a5}, ... with password {@code <id>-demo}, both voice skills,
     * team "front". For load tests and large demos.
     */
    public static ServerConfig demo(int agentCount) {
        if (agentCount < 3) {
            throw new IllegalArgumentException("the demo has at least its three named agents");
        }
        List<AgentAccount> agents = new ArrayList<>(List.of(
                new AgentAccount("a1", "Ava Reyes", "a1-demo", "front", Set.of("sales", "support"), "1001"),
                new AgentAccount("a2", "Ben Okafor", "a2-demo", "front", Set.of("support"), "1002"),
                new AgentAccount("a3", "Chen Li", "a3-demo", "back", Set.of("sales"), "1003")));
        for (int n = 4; n <= agentCount; n++) {
            agents.add(new AgentAccount("a" + n, "Agent " + n, "a" + n + "-demo", "front", GENERATED_AGENT_SKILLS,
                    String.valueOf(1000 + n)));
        }
        List<QueueConfig> queues = List.of(
                new QueueConfig("sales", "Sales", Channel.VOICE, Set.of("sales")),
                new QueueConfig("support", "Support", Channel.VOICE, Set.of("support")),
                new QueueConfig("chat-support", "Chat support", Channel.CHAT, Set.of("support")),
                new QueueConfig("email-support", "Email support", Channel.EMAIL, Set.of("support")));
        List<EntryPointConfig> entryPoints = List.of(new EntryPointConfig("ep-main", "Main number", "sales"));
        List<DirectoryEntry> directory = new ArrayList<>();
        for (AgentAccount a : agents) {
            directory.add(new DirectoryEntry(DirectoryEntry.Kind.AGENT, a.id(), a.name()));
        }
        for (QueueConfig q : queues) {
            directory.add(new DirectoryEntry(DirectoryEntry.Kind.QUEUE, q.id(), q.name()));
        }
        directory.add(new DirectoryEntry(DirectoryEntry.Kind.ENTRY_POINT, "ep-main", "Main number"));
        directory.add(new DirectoryEntry(DirectoryEntry.Kind.NUMBER, "+12015550123", "Billing desk"));
        directory.add(new DirectoryEntry(DirectoryEntry.Kind.NUMBER, "+442079460000", "London office"));
        List<CadDefinition> cad = List.of(
                new CadDefinition("customerName", "Customer name", CadType.TEXT, true, false),
                new CadDefinition("accountNumber", "Account number", CadType.TEXT, false, true),
                new CadDefinition("orderTotal", "Order total", CadType.NUMBER, true, false),
                new CadDefinition("vip", "VIP", CadType.BOOLEAN, false, false),
                new CadDefinition("verificationCode", "Verification code", CadType.TEXT, true, true));
        return new ServerConfig(agents,
                List.of(new TeamConfig("front", "Front line"), new TeamConfig("back", "Back office")), queues,
                entryPoints, directory, DEMO_REASON_CODES, DEMO_DISPOSITIONS, cad, Duration.ofSeconds(20), Optional.empty(),
                Optional.of(Duration.ofSeconds(30)), Capacity.defaults(), CallPolicy.DEFAULT_CONFERENCE_LIMIT, 500, true);
    }

    public ServerConfig withOfferTimeout(Duration timeout) {
        return new ServerConfig(agents, teams, queues, entryPoints, directory, reasonCodes, dispositions, cadVariables,
                timeout, wrapUpTimeout, privacyShield, capacity, conferenceLimit, replayBuffer, endCallForWebCallback,
                outboundAnswerDelay, presence, offers);
    }

    public ServerConfig withReplayBuffer(int events) {
        return new ServerConfig(agents, teams, queues, entryPoints, directory, reasonCodes, dispositions, cadVariables,
                offerTimeout, wrapUpTimeout, privacyShield, capacity, conferenceLimit, events, endCallForWebCallback,
                outboundAnswerDelay, presence, offers);
    }

    public ServerConfig withEndCallForWebCallback(boolean enabled) {
        return new ServerConfig(agents, teams, queues, entryPoints, directory, reasonCodes, dispositions, cadVariables,
                offerTimeout, wrapUpTimeout, privacyShield, capacity, conferenceLimit, replayBuffer, enabled,
                outboundAnswerDelay, presence, offers);
    }

    /** @param delay how long simulated customers let outbound calls ring; empty: until the simulator answers */
    public ServerConfig withOutboundAnswerDelay(Optional<Duration> delay) {
        return new ServerConfig(agents, teams, queues, entryPoints, directory, reasonCodes, dispositions, cadVariables,
                offerTimeout, wrapUpTimeout, privacyShield, capacity, conferenceLimit, replayBuffer,
                endCallForWebCallback, delay, presence, offers);
    }

    /** @param timeout absent this long, the agent is made Not Ready; {@code logout}: logged out */
    public ServerConfig withPresence(Duration timeout, Duration logout) {
        return new ServerConfig(agents, teams, queues, entryPoints, directory, reasonCodes, dispositions, cadVariables,
                offerTimeout, wrapUpTimeout, privacyShield, capacity, conferenceLimit, replayBuffer,
                endCallForWebCallback, outboundAnswerDelay, new Presence(timeout, logout), offers);
    }

    public ServerConfig withOffers(Offers rules) {
        return new ServerConfig(agents, teams, queues, entryPoints, directory, reasonCodes, dispositions, cadVariables,
                offerTimeout, wrapUpTimeout, privacyShield, capacity, conferenceLimit, replayBuffer,
                endCallForWebCallback, outboundAnswerDelay, presence, rules);
    }

    public ServerConfig withCapacity(Capacity limits) {
        return new ServerConfig(agents, teams, queues, entryPoints, directory, reasonCodes, dispositions, cadVariables,
                offerTimeout, wrapUpTimeout, privacyShield, limits, conferenceLimit, replayBuffer, endCallForWebCallback,
                outboundAnswerDelay, presence, offers);
    }

    /**
     * Accepting a mobile chat of these chat queues dials the customer at once ({@link QueueConfig#callOnAccept()});
     * every other queue keeps its setting off.
     */
    public ServerConfig withCallOnAccept(Set<String> chatQueueIds) {
        for (String id : chatQueueIds) {
            if (queues.stream().noneMatch(q -> q.id().equals(id) && q.channel() == Channel.CHAT)) {
                throw new IllegalArgumentException("no chat queue " + id);
            }
        }
        List<QueueConfig> next = queues.stream().map(q -> q.withCallOnAccept(chatQueueIds.contains(q.id()))).toList();
        return new ServerConfig(agents, teams, next, entryPoints, directory, reasonCodes, dispositions, cadVariables,
                offerTimeout, wrapUpTimeout, privacyShield, capacity, conferenceLimit, replayBuffer, endCallForWebCallback,
                outboundAnswerDelay, presence, offers);
    }

    /**
     * {@link #withCallOnAccept(Set)} from a setting's text: chat queue ids separated by commas or
     * spaces; null or blank for none.
     */
    public ServerConfig withCallOnAccept(String chatQueueIds) {
        Set<String> ids = new HashSet<>();
        if (chatQueueIds != null) {
            for (String id : chatQueueIds.split("[,\\s]+")) {
                if (!id.isBlank()) {
                    ids.add(id.strip());
                }
            }
        }
        return withCallOnAccept(ids);
    }

    public AgentPolicy agentPolicy() {
        AgentPolicy p = new AgentPolicy(capacity, offerTimeout, Optional.empty(), AgentState.READY, reasonCodes);
        return wrapUpTimeout.map(d -> p.withWrapUpTimeout(d, AgentState.READY)).orElse(p);
    }

    public CallPolicy callPolicy() {
        return new CallPolicy(conferenceLimit, true, privacyShield, offerTimeout, offerTimeout,
                new WrapUpCatalog(dispositions, WrapUpCatalog.DEFAULT_MAX_NOTES));
    }

    public WrapUpCatalog wrapUpCatalog() {
        return new WrapUpCatalog(dispositions, WrapUpCatalog.DEFAULT_MAX_NOTES);
    }

    /** The team with this id. */
    public Optional<TeamConfig> team(String id) {
        return teams.stream().filter(t -> t.id().equals(id)).findFirst();
    }

    public Optional<AgentAccount> agent(String id) {
        return agents.stream().filter(a -> a.id().equals(id)).findFirst();
    }

    /** The queue with this id, or the queue an entry point with this id routes to. */
    public Optional<QueueConfig> queueFor(String queueOrEntryPointId) {
        Optional<QueueConfig> q = queues.stream().filter(c -> c.id().equals(queueOrEntryPointId)).findFirst();
        if (q.isPresent()) {
            return q;
        }
        return entryPoints.stream().filter(e -> e.id().equals(queueOrEntryPointId)).findFirst()
                .flatMap(e -> queueFor(e.queueId()));
    }

    public boolean isEntryPoint(String id) {
        return entryPoints.stream().anyMatch(e -> e.id().equals(id));
    }
}
