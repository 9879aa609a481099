package org.switchboard.callcontrol;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlElement;
import javax.xml.bind.annotation.XmlType;

/** Schema type {@code dtmfRequest}: a call request carrying DTMF digits. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "dtmfRequest", propOrder = { "token", "interactionId", "requestId", "digits" })
public class DtmfRequest {

    @XmlElement(required = true)
    protected String token;
    @XmlElement(required = true)
    protected String interactionId;
    @XmlElement
    protected String requestId;
    @XmlElement(required = true)
    protected String digits;

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

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

    public String getDigits() {
        return digits;
    }

    public void setDigits(String digits) {
        this.digits = digits;
    }
}
