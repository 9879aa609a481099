package org.switchboard.connector.rest.internal;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;

import org.switchboard.connector.ConnectorEvent.ActionCompleted;
import org.switchboard.connector.InteractionInfo;
import org.switchboard.connector.TelephonyService;
import org.switchboard.connector.TransferTarget;
import org.switchboard.core.voice.CallAction;

/** Voice call control against Switchboard Server's action resource. */
final class RestTelephony implements TelephonyService {

    private final Desk desk;
    private final ActionSender actions;
    private final OutboxSender outbox;

    RestTelephony(Desk desk, ActionSender actions, OutboxSender outbox) {
        this.desk = desk;
        this.actions = actions;
        this.outbox = outbox;
    }

    @Override
    public Collection<InteractionInfo> interactions() {
        return List.copyOf(desk.interactions());
    }

    @Override
    public CompletionStage<ActionCompleted> perform(String interactionId, CallAction action) {
        if (action == CallAction.WRAP_UP || action == CallAction.EDIT_CAD) {
            throw new IllegalArgumentException(action + " carries the agent's input: use wrapUp or editCallData");
        }
        return actions.send(interactionId, action.name(), Map.of());
    }

    @Override
    public CompletionStage<ActionCompleted> consult(String interactionId, TransferTarget target) {
        return actions.send(interactionId, CallAction.CONSULT.name(), Map.of("target", target(target)));
    }

    @Override
    public CompletionStage<ActionCompleted> blindTransfer(String interactionId, TransferTarget target) {
        return actions.send(interactionId, CallAction.BLIND_TRANSFER.name(), Map.of("target", target(target)));
    }

    @Override
    public CompletionStage<ActionCompleted> sendDtmf(String interactionId, String digits) {
        return actions.send(interactionId, CallAction.SEND_DTMF.name(), Map.of("digits", digits));
    }

    @Override
    public CompletionStage<ActionCompleted> wrapUp(String interactionId, String disposition, String notes) {
        return outbox.submit("wrapup", interactionId, CallAction.WRAP_UP.name(), wrapUpParams(disposition, notes));
    }

    @Override
    public CompletionStage<ActionCompleted> editCallData(String interactionId, Map<String, String> values) {
        return outbox.submit("cad", interactionId, CallAction.EDIT_CAD.name(), Map.of("cad", Map.copyOf(values)));
    }

    static Map<String, Object> wrapUpParams(String disposition, String notes) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("disposition", disposition);
        if (notes != null) {
            params.put("notes", notes);
        }
        return params;
    }

    private static Map<String, Object> target(TransferTarget t) {
        return Map.of("type", t.kind().name(), "id", t.id());
    }
}
