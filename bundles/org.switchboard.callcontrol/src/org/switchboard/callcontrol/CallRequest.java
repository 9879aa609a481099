package org.switchboard.callcontrol;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlElement;
import javax.xml.bind.annotation.XmlType;

/** Schema type {@code callRequest}: the session's token, the call and an optional request id. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "callRequest", propOrder = { "token", "interactionId", "requestId" })
public class CallRequest extends InteractionMessage {

    @XmlElement(required = true)
    protected String token;

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }
}
