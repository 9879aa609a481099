package org.switchboard.core.voice;

import org.switchboard.core.agent.AgentState;
import org.switchboard.core.dial.DialString;
import org.switchboard.core.internal.Require;

/** Where a consult or transfer goes. */
public sealed interface Target {

    /** @param state the target agent's state as the directory shows it now */
    record ToAgent(String agentId, AgentState state) implements Target {
        public ToAgent {
            Require.text(agentId, "agent id");
            Require.present(state, "agent state");
        }
    }

    record ToQueue(String queueId) implements Target {
        public ToQueue {
            Require.text(queueId, "queue id");
        }
    }

    record ToEntryPoint(String entryPointId) implements Target {
        public ToEntryPoint {
            Require.text(entryPointId, "entry point id");
        }
    }

    record ToDialNumber(DialString number) implements Target {
        public ToDialNumber {
            Require.present(number, "dial number");
        }
    }

    /** A dial-number target from raw input; refused with the validation message if it is not dialable. */
    static ToDialNumber dial(String raw) {
        return new ToDialNumber(DialString.parse(raw));
    }
}
