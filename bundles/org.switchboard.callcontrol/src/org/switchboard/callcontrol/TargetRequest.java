package org.switchboard.callcontrol;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlElement;
import javax.xml.bind.annotation.XmlType;

/** Schema type {@code targetRequest}: a call request naming a consult or transfer target. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "targetRequest", propOrder = { "targetType", "target" })
public class TargetRequest extends CallRequest {

    @XmlElement(required = true)
    protected TargetType targetType;
    @XmlElement(required = true)
    protected String target;

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
