package org.switchboard.connector.soap;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

import org.apache.cxf.frontend.ClientProxy;
import org.switchboard.callcontrol.CallControl;
import org.switchboard.callcontrol.CallControlFault;
import org.switchboard.callcontrol.CallRequest;
import org.switchboard.callcontrol.CallStatus;
import org.switchboard.callcontrol.DtmfRequest;
import org.switchboard.callcontrol.TargetRequest;
import org.switchboard.callcontrol.TargetType;
import org.switchboard.connector.TransferTarget;
import org.switchboard.core.voice.CallAction;

/**
 * Call control of one agent session over the server's SOAP endpoint: the SPI's call actions mapped
 * onto the operations of {@code urn:switchboard:callcontrol:2}, each request carrying the session's
 * bearer token and the action's request id (so that repeating it is safe).
 * <p>
 * Threading: the constructor reads the WSDL and every call is a blocking HTTP exchange; never use
 * them on the UI thread. An instance may be shared between threads.
 */
public final class SoapCallControl implements AutoCloseable {

    private final CallControl port;

    /**
     * @param address the endpoint, e.g. {@code http://127.0.0.1:8472/soap/callcontrol}
     * @param timeout how long to wait for the connection and then for each answer
     */
    public SoapCallControl(URI address, Duration timeout) {
        this.port = CallControlClients.create(Objects.requireNonNull(address, "address"), timeout);
    }

    /** Whether {@code action} (without parameters) has an operation of its own in the contract. */
    public static boolean supports(CallAction action) {
        return operation(action).isPresent();
    }

    /**
     * Performs an action without parameters: ANSWER, HOLD, RESUME (retrieve), TRANSFER (warm),
     * CONFERENCE, RELEASE, PAUSE_RECORDING, RESUME_RECORDING. Blocks.
     *
     * @throws CallControlFault         the server refused it; the detail names the rule
     * @throws IllegalArgumentException the contract has no operation for {@code action}
     */
    public CallStatus perform(String token, String interactionId, CallAction action, String requestId)
            throws CallControlFault {
        Operation op = operation(action)
                .orElseThrow(() -> new IllegalArgumentException(action + " has no call-control operation"));
        return op.call(port, request(token, interactionId, requestId));
    }

    /** Consults an agent, queue, entry point or dial number. Blocks. */
    public CallStatus consult(String token, String interactionId, TransferTarget target, String requestId)
            throws CallControlFault {
        return port.consult(targetRequest(token, interactionId, target, requestId));
    }

    /** Transfers without consulting. Blocks. */
    public CallStatus blindTransfer(String token, String interactionId, TransferTarget target, String requestId)
            throws CallControlFault {
        return port.blindTransfer(targetRequest(token, interactionId, target, requestId));
    }

    /** Sends DTMF digits. Blocks. */
    public CallStatus sendDtmf(String token, String interactionId, String digits, String requestId)
            throws CallControlFault {
        DtmfRequest r = new DtmfRequest();
        r.setToken(token);
        r.setInteractionId(interactionId);
        r.setRequestId(requestId);
        r.setDigits(digits);
        return port.sendDtmf(r);
    }

    @Override
    public void close() {
        ClientProxy.getClient(port).destroy();
    }

    @FunctionalInterface
    private interface Operation {
        CallStatus call(CallControl port, CallRequest request) throws CallControlFault;
    }

    private static Optional<Operation> operation(CallAction action) {
        return Optional.ofNullable(switch (action) {
            case ANSWER -> CallControl::answer;
            case HOLD -> CallControl::hold;
            case RESUME -> CallControl::retrieve;
            case TRANSFER -> CallControl::transfer;
            case CONFERENCE -> CallControl::conference;
            case RELEASE -> CallControl::release;
            case PAUSE_RECORDING -> CallControl::pauseRecording;
            case RESUME_RECORDING -> CallControl::resumeRecording;
            default -> null;
        });
    }

    private static CallRequest request(String token, String interactionId, String requestId) {
        CallRequest r = new CallRequest();
        r.setToken(token);
        r.setInteractionId(interactionId);
        r.setRequestId(requestId);
        return r;
    }

    private static TargetRequest targetRequest(String token, String interactionId, TransferTarget target,
            String requestId) {
        TargetRequest r = new TargetRequest();
        r.setToken(token);
        r.setInteractionId(interactionId);
        r.setRequestId(requestId);
        r.setTargetType(TargetType.valueOf(target.kind().name()));
        r.setTarget(target.id());
        return r;
    }
}
