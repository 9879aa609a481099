package org.switchboard.server.core;

/** @param kind CUSTOMER, AGENT or NUMBER; {@code role} is the seat of the participant tables */
public record ParticipantView(String id, String kind, String role, boolean held, boolean muted) {
}
