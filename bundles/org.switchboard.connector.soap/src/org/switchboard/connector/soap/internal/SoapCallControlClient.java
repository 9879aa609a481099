package org.switchboard.connector.soap.internal;

import org.switchboard.callcontrol.CallControlFault;
import org.switchboard.callcontrol.CallControlFaultInfo;
import org.switchboard.connector.TransferTarget;
import org.switchboard.connector.cti.CallControlClient;
import org.switchboard.connector.cti.CallControlRefusal;
import org.switchboard.connector.soap.SoapCallControl;
import org.switchboard.core.voice.CallAction;

/** A connector's call-control client over SOAP: faults become refusals naming the server's rule. */
final class SoapCallControlClient implements CallControlClient {

    @FunctionalInterface
    private interface Request {
        void send() throws CallControlFault;
    }

    private final SoapCallControl port;

    SoapCallControlClient(SoapCallControl port) {
        this.port = port;
    }

    @Override
    public void perform(String token, String interactionId, CallAction action, String requestId)
            throws CallControlRefusal {
        send(() -> port.perform(token, interactionId, action, requestId));
    }

    @Override
    public void consult(String token, String interactionId, TransferTarget target, String requestId)
            throws CallControlRefusal {
        send(() -> port.consult(token, interactionId, target, requestId));
    }

    @Override
    public void blindTransfer(String token, String interactionId, TransferTarget target, String requestId)
            throws CallControlRefusal {
        send(() -> port.blindTransfer(token, interactionId, target, requestId));
    }

    @Override
    public void sendDtmf(String token, String interactionId, String digits, String requestId)
            throws CallControlRefusal {
        send(() -> port.sendDtmf(token, interactionId, digits, requestId));
    }

    @Override
    public void close() {
        port.close();
    }

    private static void send(Request request) throws CallControlRefusal {
        try {
            request.send();
        } catch (CallControlFault f) {
            CallControlFaultInfo info = f.getFaultInfo();
            String message = info != null && info.getMessage() != null ? info.getMessage() : f.getMessage();
            throw new CallControlRefusal(info == null ? null : info.getRule(), message, f);
        }
    }
}
