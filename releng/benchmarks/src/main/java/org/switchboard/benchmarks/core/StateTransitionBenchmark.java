package org.switchboard.benchmarks.core;

import java.time.Instant;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.switchboard.core.Channel;
import org.switchboard.core.agent.Agent;
import org.switchboard.core.agent.AgentPolicy;
import org.switchboard.core.agent.AgentState;
import org.switchboard.core.voice.Call;
import org.switchboard.core.voice.CallPolicy;
import org.switchboard.core.voice.Target;

/**
 * State transitions, each checked against the rules before it applies. Every benchmark runs a
 * cycle that returns the model to where it started; scores are transitions per second. Target: at
 * least 100,000 per second on one core.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class StateTransitionBenchmark {

    private static final Instant T0 = Instant.parse("2025-03-01T10:00:00Z");
    private static final Target AGENT_2 = new Target.ToAgent("agent-2", AgentState.READY);

    private Call call;
    private Agent agent;

    @Setup
    public void setUp() {
        call = Call.queued("call-1", "customer-1", "sales", CallPolicy.defaults());
        call.offer("agent-1", T0);
        call.answer("agent-1");
        agent = new Agent("agent-1", AgentPolicy.defaults());
        agent.login();
        agent.goReady();
    }

    /** Hold, resume. */
    @Benchmark
    @OperationsPerInvocation(2)
    public Call holdResume() {
        call.hold("agent-1");
        call.resume("agent-1");
        return call;
    }

    /** Consult, accept, resume (swap), resume consult (swap back), agent 2 exits. */
    @Benchmark
    @OperationsPerInvocation(5)
    public Call consultCycle() {
        call.consult("agent-1", AGENT_2, T0);
        call.acceptConsult("agent-2");
        call.resume("agent-1");
        call.resumeConsult("agent-1");
        call.exitConsult("agent-2");
        return call;
    }

    /** Consult, accept, conference, agent 2 exits the conference. */
    @Benchmark
    @OperationsPerInvocation(4)
    public Call conferenceCycle() {
        call.consult("agent-1", AGENT_2, T0);
        call.acceptConsult("agent-2");
        call.conference("agent-1");
        call.exitConference("agent-2");
        return call;
    }

    /** Offer, accept, end without wrap-up (a pending-change check runs at the end). */
    @Benchmark
    @OperationsPerInvocation(3)
    public Agent agentOfferAcceptEnd() {
        agent.offer("chat-1", Channel.CHAT, T0);
        agent.accept("chat-1");
        agent.end("chat-1", false, T0);
        return agent;
    }
}
