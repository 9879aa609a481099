package org.switchboard.core.chat;

import org.switchboard.core.internal.Require;

/** A chat can be transferred to another agent or to a queue. */
public sealed interface ChatTransferTarget {

    record ToAgent(String agentId) implements ChatTransferTarget {
        public ToAgent {
            Require.text(agentId, "agent id");
        }
    }

    record ToQueue(String queueId) implements ChatTransferTarget {
        public ToQueue {
            Require.text(queueId, "queue id");
        }
    }
}
