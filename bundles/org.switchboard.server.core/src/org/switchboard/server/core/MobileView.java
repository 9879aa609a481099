package org.switchboard.server.core;

/**
 * What a mobile application adds to a chat (either may be null): the number the agent can call the
 * customer at, and the device's location.
 */
public record MobileView(String phoneNumber, LocationView location) {
}
