package org.switchboard.server.core;

import java.time.Instant;

/** Where a mobile customer's device was, as its application reported it. */
public record LocationView(double latitude, double longitude, double accuracyMeters, Instant at) {
}
