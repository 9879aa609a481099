package org.switchboard.connector.soap.callcontrol;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlElement;
import javax.xml.bind.annotation.XmlRootElement;
import javax.xml.bind.annotation.XmlType;

/** Request element {@code hold}. */
@XmlRootElement(name = "hold")
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "", propOrder = { "interactionId" })
public class Hold {

    @XmlElement(required = true)
    protected String interactionId;

    public String getInteractionId() {
        return interactionId;
    }

    public void setInteractionId(String interactionId) {
        this.interactionId = interactionId;
    }
}
