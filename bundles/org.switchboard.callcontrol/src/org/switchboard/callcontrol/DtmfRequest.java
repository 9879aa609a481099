package org.switchboard.callcontrol;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlElement;
import javax.xml.bind.annotation.XmlType;

/** Schema type {@code dtmfRequest}: a call request carrying DTMF digits. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "dtmfRequest", propOrder = { "digits" })
public class DtmfRequest extends CallRequest {

    @XmlElement(required = true)
    protected String digits;

    public String getDigits() {
        return digits;
    }

    public void setDigits(String digits) {
        this.digits = digits;
    }
}
