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

    private final SoapCallControl port;

    SoapCallControlClient(SoapCallControl port) {
        this.port = port;
    }

    @Override
    public void perform(String token, String interactionId, CallAction action, String requestId)
            throws CallControlRefusal {
        try {
            port.perform(token, interactionId, action, requestId);
        } catch (CallControlFault f) {
            throw refusal(f);
        }
    }

    @Override
    public void consult(String token, String interactionId, TransferTarget target, String requestId)
            throws CallControlRefusal {
        try {
            port.consult(token, interactionId, target, requestId);
        } catch (CallControlFault f) {
            throw refusal(f);
        }
    }

    @Override
    public void blindTransfer(String token, String interactionId, TransferTarget target, String requestId)
            throws CallControlRefusal {
        try {
            port.blindTransfer(token, interactionId, target, requestId);
        } catch (CallControlFault f) {
            throw refusal(f);
        }
    }

    @Override
    public void sendDtmf(String token, String interactionId, String digits, String requestId)
            throws CallControlRefusal {
        try {
            port.sendDtmf(token, interactionId, digits, requestId);
        } catch (CallControlFault f) {
            throw refusal(f);
        }
    }

    @Override
    public void close() {
        port.close();
    }

    private static CallControlRefusal refusal(CallControlFault f) {
        CallControlFaultInfo info = f.getFaultInfo();
        String message = info != null && info.getMessage() != null ? info.getMessage() : f.getMessage();
        return new CallControlRefusal(info == null ? null : info.getRule(), message, f);
    }
}
