package org.switchboard.callcontrol;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlElement;
import javax.xml.bind.annotation.XmlTransient;

/**
 * What every request and answer names: the call and the action's request id. Not a schema type of
 * its own: each message type lists these elements where the WSDL puts them.
 */
@XmlTransient
@XmlAccessorType(XmlAccessType.FIELD)
public abstract class InteractionMessage {

    @XmlElement(required = true)
    protected String interactionId;
    @XmlElement
    protected String requestId;

    public String getInteractionId() {
        return interactionId;
    }

    public void setInteractionId(String interactionId) {
        this.interactionId = interactionId;
    }

    public String getRequestId() {
        return requestId;
    }

    public void setRequestId(String requestId) {
        this.requestId = requestId;
    }
}
