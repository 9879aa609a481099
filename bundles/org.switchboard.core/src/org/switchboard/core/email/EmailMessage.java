package org.switchboard.core.email;

import java.time.Instant;

import org.switchboard.core.internal.Require;

/** One message of an email thread. */
public record EmailMessage(String from, String to, String subject, String body, Instant at, Direction direction) {

    public enum Direction {
        INBOUND, OUTBOUND
    }

    public EmailMessage {
        Require.text(from, "from");
        Require.text(to, "to");
        subject = subject == null ? "" : subject;
        body = body == null ? "" : body;
        Require.present(at, "time");
        Require.present(direction, "direction");
    }
}
