package org.switchboard.server.rest.internal;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import org.switchboard.server.core.ServerEvent;

/**
 * The bytes of server-sent events as the stream carries them: {@code event}, {@code id} and one
 * {@code data} line (the event's JSON, which never holds a line break), then an empty line; a
 * heartbeat is a comment. Frames of one batch are collected and written with one flush.
 */
final class SseFrames extends ByteArrayOutputStream {

    private static final byte[] EVENT = "event: ".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] ID = "\nid: ".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] DATA = "\ndata: ".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] END = "\n\n".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] HEARTBEAT = ": heartbeat\n\n".getBytes(StandardCharsets.US_ASCII);

    SseFrames() {
        super(8192);
    }

    void event(ServerEvent e) {
        writeBytes(EVENT);
        writeBytes(e.type().getBytes(StandardCharsets.UTF_8));
        writeBytes(ID);
        writeBytes(Long.toString(e.id()).getBytes(StandardCharsets.US_ASCII));
        writeBytes(DATA);
        writeBytes(Json.bytes(e));
        writeBytes(END);
    }

    void heartbeat() {
        writeBytes(HEARTBEAT);
    }

    /** Empties the buffer for the next batch, giving back memory a large snapshot took. */
    void clear() {
        if (buf.length > 256 * 1024) {
            buf = new byte[8192];
        }
        reset();
    }
}
