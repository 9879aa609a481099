package org.switchboard.server.core;

import java.time.Instant;

public record ChatLine(String from, Instant at, String text) {
}
