package org.switchboard.callcontrol;

import javax.xml.bind.annotation.XmlEnum;
import javax.xml.bind.annotation.XmlType;

/** Schema type {@code targetType}: what the target of a consult or transfer names. */
@XmlType(name = "targetType")
@XmlEnum
public enum TargetType {
    AGENT, QUEUE, ENTRY_POINT, NUMBER
}
