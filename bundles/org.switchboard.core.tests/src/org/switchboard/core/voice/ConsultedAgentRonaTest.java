package org.switchboard.core.voice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.switchboard.core.voice.CallFixture.A1;
import static org.switchboard.core.voice.CallFixture.A2;
import static org.switchboard.core.voice.CallFixture.T0;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.switchboard.core.Channel;
import org.switchboard.core.Rule;
import org.switchboard.core.agent.Agent;
import org.switchboard.core.agent.AgentEvent;
import org.switchboard.core.agent.AgentPolicy;
import org.switchboard.core.agent.AgentState;

/** The call and the consulted agent's state machine, driven together as the server does. */
class ConsultedAgentRonaTest {

    @Test
    void consultedAgentWhoDoesNotAnswerGoesRonaAndAgent1IsTold() {
        Duration ring = CallPolicy.defaults().consultTimeout();
        Agent agent2 = new Agent(A2, AgentPolicy.defaults().withOfferTimeout(ring));
        agent2.login();
        agent2.goReady();
        Call call = CallFixture.connected();

        call.consult(A1, new Target.ToAgent(A2, agent2.state()), T0);
        agent2.offer(call.id(), Channel.VOICE, T0);

        List<AgentEvent> agentEvents = agent2.tick(T0.plus(ring));
        List<CallNotice> notices = call.tick(T0.plus(ring));

        assertEquals(AgentState.RONA, agent2.state());
        assertEquals(List.of(new AgentEvent.OfferTimedOut(call.id(), Channel.VOICE)), agentEvents);
        assertEquals(1, notices.size());
        assertEquals(A1, notices.get(0).agentId());
        assertEquals(Rule.CONSULT_FAILED, notices.get(0).rule());
        assertEquals(CallPhase.CONNECTED, call.phase());
    }
}
