package org.switchboard.connector.soap.tests;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.jws.WebService;

import org.switchboard.connector.soap.callcontrol.CallControl;
import org.switchboard.connector.soap.callcontrol.CallControlFault;
import org.switchboard.connector.soap.callcontrol.CallControlFaultInfo;
import org.switchboard.connector.soap.callcontrol.CallState;

/** Server side of the loopback tests: a switch that knows a few interactions and enforces the hold rule. */
@WebService(endpointInterface = "org.switchboard.connector.soap.callcontrol.CallControl",
        targetNamespace = CallControl.NAMESPACE, serviceName = "CallControlService", portName = "CallControlPort")
public class SimulatedCallControl implements CallControl {

    static final String HOLD_RULE = "HOLD_REQUIRES_CONNECTED";
    static final String UNKNOWN_RULE = "UNKNOWN_INTERACTION";

    final Map<String, CallState> calls = new ConcurrentHashMap<>();

    @Override
    public CallState answer(String interactionId) throws CallControlFault {
        CallState state = state(interactionId);
        if (state != CallState.ALERTING) {
            throw fault("ANSWER_REQUIRES_ALERTING", "Interaction " + interactionId + " is " + state + ", not ringing");
        }
        calls.put(interactionId, CallState.CONNECTED);
        return CallState.CONNECTED;
    }

    @Override
    public CallState hold(String interactionId) throws CallControlFault {
        CallState state = state(interactionId);
        if (state != CallState.CONNECTED) {
            throw fault(HOLD_RULE, "Interaction " + interactionId + " is " + state + "; only a connected call can be held");
        }
        calls.put(interactionId, CallState.HELD);
        return CallState.HELD;
    }

    private CallState state(String interactionId) throws CallControlFault {
        CallState state = calls.get(interactionId);
        if (state == null) {
            throw fault(UNKNOWN_RULE, "No interaction " + interactionId);
        }
        return state;
    }

    private static CallControlFault fault(String rule, String message) {
        return new CallControlFault(message, new CallControlFaultInfo(rule, message));
    }
}
