package org.switchboard.callcontrol;

import javax.xml.ws.WebFault;

/** Fault {@code CallControlFault}: the server refused a call-control request; the detail names the rule. */
@WebFault(name = "callControlFault", targetNamespace = CallControl.NAMESPACE)
public class CallControlFault extends Exception {

    private static final long serialVersionUID = 1L;

    private final CallControlFaultInfo faultInfo;

    public CallControlFault(String message, CallControlFaultInfo faultInfo) {
        super(message);
        this.faultInfo = faultInfo;
    }

    public CallControlFault(String message, CallControlFaultInfo faultInfo, Throwable cause) {
        super(message, cause);
        this.faultInfo = faultInfo;
    }

    public CallControlFaultInfo getFaultInfo() {
        return faultInfo;
    }
}
