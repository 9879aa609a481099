package org.switchboard.core.offer;

/** One line of a popover: a label and the value as displayed. */
public record PopoverField(String label, String value) {
}
