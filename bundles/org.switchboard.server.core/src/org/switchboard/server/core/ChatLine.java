package org.switchboard.server.core;

import java.time.Instant;

/** @param attachment the index of the picture this line carries, or null for text */
public record ChatLine(String from, Instant at, String text, Integer attachment) {

    public ChatLine(String from, Instant at, String text) {
        this(from, at, text, null);
    }
}
