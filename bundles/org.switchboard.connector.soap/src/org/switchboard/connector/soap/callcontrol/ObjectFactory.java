package org.switchboard.connector.soap.callcontrol;

import javax.xml.bind.annotation.XmlRegistry;

/** JAXB registry of the call-control elements. */
@XmlRegistry
public class ObjectFactory {

    public Answer createAnswer() {
        return new Answer();
    }

    public AnswerResponse createAnswerResponse() {
        return new AnswerResponse();
    }

    public Hold createHold() {
        return new Hold();
    }

    public HoldResponse createHoldResponse() {
        return new HoldResponse();
    }

    public CallControlFaultInfo createCallControlFaultInfo() {
        return new CallControlFaultInfo();
    }
}
