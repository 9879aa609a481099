package org.switchboard.connector.soap.callcontrol;

import javax.xml.bind.annotation.XmlEnum;
import javax.xml.bind.annotation.XmlType;

/** Schema type {@code callState}. */
@XmlType(name = "callState")
@XmlEnum
public enum CallState {
    ALERTING, CONNECTED, HELD, ENDED
}
