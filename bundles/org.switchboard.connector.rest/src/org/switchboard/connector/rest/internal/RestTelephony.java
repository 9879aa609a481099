package org.switchboard.connector.rest.internal;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;

import org.switchboard.connector.CalendarService.FollowUpRequest;
import org.switchboard.connector.ConnectorEvent.ActionCompleted;
import org.switchboard.connector.InteractionInfo;
import org.switchboard.connector.TelephonyService;
import org.switchboard.connector.TransferTarget;
import org.switchboard.core.voice.CallAction;

/**
 * Voice call control against Switchboard Server: over its action resource, or over its call-control
 * endpoint when the settings choose SOAP ({@code callControl} is then present) and the contract has
 * an operation for the action. What the agent enters goes through the outbox either way.
 */
final class RestTelephony implements TelephonyService {

    private final Desk desk;
    private final ActionSender actions;
    private final CallControlSender callControl;
    private final OutboxSender outbox;
    private final CallPlacer calls;
    private final SecureValueReader secureValues;

    /** @param callControl the SOAP sender, or {@code null} for call control over REST */
    RestTelephony(Desk desk, ActionSender actions, CallControlSender callControl, OutboxSender outbox,
            CallPlacer calls, SecureValueReader secureValues) {
        this.desk = desk;
        this.actions = actions;
        this.callControl = callControl;
        this.outbox = outbox;
        this.calls = calls;
        this.secureValues = secureValues;
    }

    /** Over REST, never through the outbox: the value is not written to the local store. */
    @Override
    public CompletionStage<String> revealSecureValue(String interactionId, String name) {
        return secureValues.read(interactionId, name);
    }

    /** Over REST whatever the call-control protocol: the CTI contract has no operation for it. */
    @Override
    public CompletionStage<InteractionInfo> placeCall(TransferTarget target) {
        return calls.place(target);
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
        if (callControl != null && callControl.supports(action)) {
            return callControl.send(interactionId, action.name(),
                    (client, token, requestId) -> client.perform(token, interactionId, action, requestId));
        }
        return actions.send(interactionId, action.name(), Map.of());
    }

    /** The server's callback action: live call control, REST only (SOAP call control has no callbacks). */
    @Override
    public CompletionStage<ActionCompleted> cancelCallback(String interactionId) {
        return actions.send(interactionId, "CANCEL", Map.of());
    }

    @Override
    public CompletionStage<ActionCompleted> consult(String interactionId, TransferTarget target) {
        if (callControl != null) {
            return callControl.send(interactionId, CallAction.CONSULT.name(),
                    (client, token, requestId) -> client.consult(token, interactionId, target, requestId));
        }
        return actions.send(interactionId, CallAction.CONSULT.name(), Map.of("target", target(target)));
    }

    @Override
    public CompletionStage<ActionCompleted> blindTransfer(String interactionId, TransferTarget target) {
        if (callControl != null) {
            return callControl.send(interactionId, CallAction.BLIND_TRANSFER.name(),
                    (client, token, requestId) -> client.blindTransfer(token, interactionId, target, requestId));
        }
        return actions.send(interactionId, CallAction.BLIND_TRANSFER.name(), Map.of("target", target(target)));
    }

    @Override
    public CompletionStage<ActionCompleted> sendDtmf(String interactionId, String digits) {
        if (callControl != null) {
            return callControl.send(interactionId, CallAction.SEND_DTMF.name(),
                    (client, token, requestId) -> client.sendDtmf(token, interactionId, digits, requestId));
        }
        return actions.send(interactionId, CallAction.SEND_DTMF.name(), Map.of("digits", digits));
    }

    @Override
    public CompletionStage<ActionCompleted> wrapUp(String interactionId, String disposition, String notes,
            FollowUpRequest followUp) {
        return outbox.submit("wrapup", interactionId, CallAction.WRAP_UP.name(), wrapUpParams(disposition, notes, followUp));
    }

    @Override
    public CompletionStage<ActionCompleted> editCallData(String interactionId, Map<String, String> values) {
        return outbox.submit("cad", interactionId, CallAction.EDIT_CAD.name(), Map.of("cad", Map.copyOf(values)));
    }

    @Override
    public CompletionStage<ActionCompleted> editCallVariable(String interactionId, String name, String value,
            long version) {
        return outbox.submit("cad", interactionId, CallAction.EDIT_CAD.name(),
                Map.of("name", name, "value", value, "version", version));
    }

    static Map<String, Object> wrapUpParams(String disposition, String notes, FollowUpRequest followUp) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("disposition", disposition);
        if (notes != null) {
            params.put("notes", notes);
        }
        if (followUp != null) {
            params.put("followUp", CalendarJson.request(followUp));
        }
        return params;
    }

    private static Map<String, Object> target(TransferTarget t) {
        return Map.of("type", t.kind().name(), "id", t.id());
    }
}
