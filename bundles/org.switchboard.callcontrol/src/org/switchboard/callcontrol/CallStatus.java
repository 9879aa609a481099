package org.switchboard.callcontrol;

import java.util.ArrayList;
import java.util.List;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlElement;
import javax.xml.bind.annotation.XmlType;

/** Schema type {@code callStatus}: the call as the asking agent sees it after the action. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "callStatus", propOrder = { "interactionId", "requestId", "state", "customerHeld", "recording", "allowedAction" })
public class CallStatus extends InteractionMessage {

    @XmlElement(required = true)
    protected String state;
    @XmlElement(required = true)
    protected boolean customerHeld;
    @XmlElement(required = true)
    protected String recording;
    @XmlElement
    protected List<String> allowedAction;

    public String getState() {
        return state;
    }

    public void setState(String state) {
        this.state = state;
    }

    public boolean isCustomerHeld() {
        return customerHeld;
    }

    public void setCustomerHeld(boolean customerHeld) {
        this.customerHeld = customerHeld;
    }

    public String getRecording() {
        return recording;
    }

    public void setRecording(String recording) {
        this.recording = recording;
    }

    /** The live list: add to it to set values. */
    public List<String> getAllowedAction() {
        if (allowedAction == null) {
            allowedAction = new ArrayList<>();
        }
        return allowedAction;
    }
}
