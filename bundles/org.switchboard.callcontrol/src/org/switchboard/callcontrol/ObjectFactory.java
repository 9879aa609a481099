package org.switchboard.callcontrol;

import javax.xml.bind.annotation.XmlRegistry;

/** JAXB registry of the call-control types. */
@XmlRegistry
public class ObjectFactory {

    public CallRequest createCallRequest() {
        return new CallRequest();
    }

    public TargetRequest createTargetRequest() {
        return new TargetRequest();
    }

    public DtmfRequest createDtmfRequest() {
        return new DtmfRequest();
    }

    public CallStatus createCallStatus() {
        return new CallStatus();
    }

    public CallControlFaultInfo createCallControlFaultInfo() {
        return new CallControlFaultInfo();
    }
}
