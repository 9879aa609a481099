package org.switchboard.connector.soap.callcontrol;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlElement;
import javax.xml.bind.annotation.XmlRootElement;
import javax.xml.bind.annotation.XmlType;

/** Response element {@code answerResponse}. */
@XmlRootElement(name = "answerResponse")
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "", propOrder = { "state" })
public class AnswerResponse {

    @XmlElement(required = true)
    protected CallState state;

    public CallState getState() {
        return state;
    }

    public void setState(CallState state) {
        this.state = state;
    }
}
