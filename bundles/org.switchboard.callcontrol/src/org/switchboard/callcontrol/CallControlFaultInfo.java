package org.switchboard.callcontrol;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlElement;
import javax.xml.bind.annotation.XmlRootElement;
import javax.xml.bind.annotation.XmlType;

/** Fault detail element {@code callControlFault}: the rule a request broke and a text for the agent. */
@XmlRootElement(name = "callControlFault")
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "", propOrder = { "rule", "message" })
public class CallControlFaultInfo {

    @XmlElement(required = true)
    protected String rule;
    @XmlElement(required = true)
    protected String message;

    public CallControlFaultInfo() {
    }

    public CallControlFaultInfo(String rule, String message) {
        this.rule = rule;
        this.message = message;
    }

    public String getRule() {
        return rule;
    }

    public void setRule(String rule) {
        this.rule = rule;
    }

    public String getMessage() {
        return message;
    }

    public void setMessage(String message) {
        this.message = message;
    }
}
