package org.switchboard.callcontrol;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlElement;
import javax.xml.bind.annotation.XmlType;

/** Schema type {@code targetRequest}: a call request naming a consult or transfer target. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "targetRequest", propOrder = { "token", "interactionId", "requestId", "targetType", "target" })
public class TargetRequest {

    @XmlElement(required = true)
    protected String token;
    @XmlElement(required = true)
    protected String interactionId;
    @XmlElement
    protected String requestId;
    @XmlElement(required = true)
    protected TargetType targetType;
    @XmlElement(required = true)
    protected String target;

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

    public TargetType getTargetType() {
        return targetType;
    }

    public void setTargetType(TargetType targetType) {
        this.targetType = targetType;
    }

    public String getTarget() {
        return target;
    }

    public void setTarget(String target) {
        this.target = target;
    }
}
