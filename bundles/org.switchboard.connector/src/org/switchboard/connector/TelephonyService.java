package org.switchboard.connector;

import java.util.Collection;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

import org.switchboard.core.voice.CallAction;

/**
 * Voice call control. Every action carries a fresh request id and returns at once; its stage
 * completes with the {@link ConnectorEvent.ActionCompleted} of that request id, or exceptionally
 * with {@link ActionRefusal} (the server's rule and message) or {@link ConnectorException}. Live
 * call control is sent once: if the server cannot be reached it fails rather than waiting.
 * <p>
 * With {@link CallControlProtocol#SOAP} (see {@link ConnectionSettings#callControl()}) the server
 * answers call control synchronously: the stage completes with that answer or with the outcome
 * event, whichever arrives first, and exactly once; listeners still receive the outcome event
 * once, in the server's order. An action the SOAP contract has no operation for (see
 * {@link CallControlProtocol#SOAP}) goes over REST instead: choosing SOAP never takes an action away.
 * <p>
 * What the agent enters ({@link #wrapUp wrap-ups}, {@link #editCallData call data edits}) goes
 * through the local outbox instead: stored first, then sent until the server takes it, across
 * server and desktop restarts; see {@link OutboxStatus}.
 */
public interface TelephonyService {

    /** The agent's interactions as last described by the server. Never blocks. */
    Collection<InteractionInfo> interactions();

    /**
     * Places a call: to a {@link TransferTarget.Kind#NUMBER dial number} (an outbound call, which rings
     * at the customer's until answered; the server describes it in state {@code DIALING} until then)
     * or to an {@link TransferTarget.Kind#AGENT agent} (an internal call, offered to that agent). The
     * agent must be Ready or Not Ready with no other call, offer or wrap-up open.
     * <p>
     * Sent once, never through the outbox: a call placed later than asked would surprise whoever it
     * rings. Returns at once; the stage completes on a connector thread with the new call as the
     * server describes it (listeners also receive it as an event), or exceptionally with
     * {@link ActionRefusal} naming the server's rule (an invalid number, the agent's state, a called
     * agent who cannot take a call) or {@link ConnectorException} when the server cannot be reached.
     * A connector without outbound calls completes exceptionally with {@link ConnectorException}.
     */
    default CompletionStage<InteractionInfo> placeCall(TransferTarget target) {
        return CompletableFuture.failedFuture(new ConnectorException("This connector cannot place calls."));
    }

    /** An action without parameters: ANSWER, REJECT, HOLD, RESUME, RELEASE, MUTE, CONFERENCE, ... */
    CompletionStage<ConnectorEvent.ActionCompleted> perform(String interactionId, CallAction action);

    CompletionStage<ConnectorEvent.ActionCompleted> consult(String interactionId, TransferTarget target);

    CompletionStage<ConnectorEvent.ActionCompleted> blindTransfer(String interactionId, TransferTarget target);

    CompletionStage<ConnectorEvent.ActionCompleted> sendDtmf(String interactionId, String digits);

    /**
     * Cancels a callback before its customer answers, where {@link InteractionInfo.CallbackDetails#cancelAllowed()}
     * says so; the agent then owes a wrap-up. A connector without callbacks fails the stage with
     * {@link ConnectorException}.
     */
    default CompletionStage<ConnectorEvent.ActionCompleted> cancelCallback(String interactionId) {
        return java.util.concurrent.CompletableFuture
                .failedFuture(new ConnectorException("this server offers no callbacks"));
    }

    /** Through the outbox: the disposition (a configured code) and optional notes. */
    default CompletionStage<ConnectorEvent.ActionCompleted> wrapUp(String interactionId, String disposition,
            String notes) {
        return wrapUp(interactionId, disposition, notes, null);
    }

    /**
     * Through the outbox: the disposition, optional notes and a follow-up activity to schedule with it
     * (null: none); a follow-up the server refuses (in the past) refuses the whole wrap-up.
     */
    CompletionStage<ConnectorEvent.ActionCompleted> wrapUp(String interactionId, String disposition, String notes,
            CalendarService.FollowUpRequest followUp);

    /** Through the outbox: new values of editable call variables, by name. */
    CompletionStage<ConnectorEvent.ActionCompleted> editCallData(String interactionId, Map<String, String> values);

    /**
     * Through the outbox: a new value of one editable call variable, edited from {@code version} (the
     * {@link InteractionInfo.CallVariable#version()} the agent was shown). The first save wins: an edit
     * from an older version completes exceptionally with {@link ActionRefusal} whose rule is
     * {@code CAD_EDIT_CONFLICT}, and the interaction then shows the saved value and version. A connector
     * without versions saves the value as {@link #editCallData} does.
     */
    default CompletionStage<ConnectorEvent.ActionCompleted> editCallVariable(String interactionId, String name,
            String value, long version) {
        return editCallData(interactionId, Map.of(name, value));
    }

    /**
     * The value of the secure call variable {@code name}, for the agent while on the call; the server
     * audits the reveal. The connector neither keeps nor logs it. Completes on a connector thread,
     * exceptionally with {@link ActionRefusal} when the server refuses (the agent is not on the call),
     * or with {@link ConnectorException} when it cannot be asked.
     */
    default CompletionStage<String> revealSecureValue(String interactionId, String name) {
        return java.util.concurrent.CompletableFuture.failedFuture(
                new UnsupportedOperationException("This connector cannot reveal secure values."));
    }
}
