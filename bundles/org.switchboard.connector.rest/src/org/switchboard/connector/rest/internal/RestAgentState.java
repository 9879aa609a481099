package org.switchboard.connector.rest.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;

import org.switchboard.connector.AgentStateService;
import org.switchboard.connector.AgentStatus;
import org.switchboard.connector.ConnectorException;
import org.switchboard.connector.rest.RestException;
import org.switchboard.core.agent.AgentState;

import com.fasterxml.jackson.databind.JsonNode;

/** The agent's state through {@code PUT agents/{id}/state}, answered synchronously by the server. */
final class RestAgentState implements AgentStateService {

    private final String agentId;
    private final Desk desk;
    private final OutboxSender.Session session;
    private final Executor io;

    RestAgentState(String agentId, Desk desk, OutboxSender.Session session, Executor io) {
        this.agentId = agentId;
        this.desk = desk;
        this.session = session;
        this.io = io;
    }

    @Override
    public AgentStatus current() {
        return desk.agent();
    }

    @Override
    public CompletionStage<AgentStatus> changeState(AgentState state, String reasonCode) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("state", state.name());
        if (reasonCode != null) {
            body.put("reasonCode", reasonCode);
        }
        CompletableFuture<AgentStatus> answer = new CompletableFuture<>();
        io.execute(() -> {
            try {
                JsonNode view = session.link().call(c -> c.put("agents/" + agentId + "/state", body, JsonNode.class));
                answer.complete(EventMapper.agent(view));
            } catch (RestException e) {
                answer.completeExceptionally(new ConnectorException(
                        Refusals.of("", null, state.name(), e).message(), e));
            } catch (RuntimeException e) {
                answer.completeExceptionally(new ConnectorException("The state change was not sent: " + e.getMessage(), e));
            }
        });
        return answer;
    }
}
