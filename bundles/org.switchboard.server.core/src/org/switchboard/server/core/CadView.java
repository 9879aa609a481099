package org.switchboard.server.core;

/** A call variable as an agent sees it: secure values are masked. */
public record CadView(String name, String label, String type, String value, boolean editable, boolean secure) {
}
