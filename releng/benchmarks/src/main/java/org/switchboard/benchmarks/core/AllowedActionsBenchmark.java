package org.switchboard.benchmarks.core;

import java.time.Instant;
import java.util.EnumSet;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.switchboard.core.agent.Agent;
import org.switchboard.core.agent.AgentAction;
import org.switchboard.core.agent.AgentPolicy;
import org.switchboard.core.agent.AgentState;
import org.switchboard.core.voice.Call;
import org.switchboard.core.voice.CallAction;
import org.switchboard.core.voice.CallPolicy;
import org.switchboard.core.voice.Target;

/**
 * Allowed-action checks as the server runs them for every command and the desktop for every
 * button: one check per operation, cycling through calls in every phase, every participant and
 * every action. Target: at least 1,000,000 checks per second on one core.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class AllowedActionsBenchmark {

    private static final Instant T0 = Instant.parse("2025-03-01T10:00:00Z");
    private static final String[] PARTICIPANTS = { "customer-1", "agent-1", "agent-2", "agent-3" };
    private static final CallAction[] CALL_ACTIONS = CallAction.values();
    private static final AgentAction[] AGENT_ACTIONS = AgentAction.values();

    private Call[] calls;
    private Agent agent;
    private int i;

    @Setup
    public void setUp() {
        CallPolicy policy = CallPolicy.defaults();
        Call ringing = Call.queued("c0", "customer-1", "sales", policy);
        ringing.offer("agent-1", T0);
        Call connected = connected(policy, "c1");
        Call consulting = connected(policy, "c2");
        consulting.consult("agent-1", new Target.ToAgent("agent-2", AgentState.READY), T0);
        consulting.acceptConsult("agent-2");
        Call conference = connected(policy, "c3");
        conference.consult("agent-1", new Target.ToAgent("agent-2", AgentState.READY), T0);
        conference.acceptConsult("agent-2");
        conference.conference("agent-1");
        calls = new Call[] { ringing, connected, consulting, conference };
        agent = new Agent("agent-1", AgentPolicy.defaults());
        agent.login();
        agent.goReady();
    }

    private static Call connected(CallPolicy policy, String id) {
        Call c = Call.queued(id, "customer-1", "sales", policy);
        c.offer("agent-1", T0);
        c.answer("agent-1");
        return c;
    }

    /** One allowed-action check of one participant on one call. */
    @Benchmark
    public boolean callIsAllowed() {
        int n = i++;
        Call c = calls[n & 3];
        String who = PARTICIPANTS[(n >>> 2) & 3];
        return c.isAllowed(who, CALL_ACTIONS[(n >>> 4) % CALL_ACTIONS.length]);
    }

    /** One agent-state action check. */
    @Benchmark
    public boolean agentIsAllowed() {
        return agent.isAllowed(AGENT_ACTIONS[(i++ & Integer.MAX_VALUE) % AGENT_ACTIONS.length]);
    }

    /** The full button set for one participant (one check per action, plus the set it returns). */
    @Benchmark
    public EnumSet<CallAction> callAllowedActionsSet() {
        int n = i++;
        return calls[n & 3].allowedActions(PARTICIPANTS[(n >>> 2) & 3]);
    }
}
