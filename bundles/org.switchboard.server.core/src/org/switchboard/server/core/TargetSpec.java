package org.switchboard.server.core;

/** A consult or transfer target as a client names it: {@code type} AGENT, QUEUE, ENTRY_POINT or NUMBER. */
public record TargetSpec(String type, String id) {
}
