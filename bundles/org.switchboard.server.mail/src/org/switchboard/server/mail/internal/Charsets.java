package org.switchboard.server.mail.internal;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import jakarta.mail.internet.MimeUtility;

/** Text whose charset is missing or wrong: UTF-8 if the bytes are valid UTF-8, else Latin-1 (never fails). */
final class Charsets {

    private Charsets() {
    }

    static String decodeGuessing(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(bytes, StandardCharsets.ISO_8859_1);
        }
    }

    /**
     * A header's text: RFC 2047 encoded words decoded (an unknown charset in one leaves that word as
     * it was), and raw 8-bit bytes, which arrive as Latin-1 characters, read again as UTF-8 where they are.
     */
    static String decodeHeader(String raw) {
        String s = raw;
        boolean eightBit = s.chars().anyMatch(c -> c > 0x7f && c <= 0xff);
        if (eightBit && s.chars().allMatch(c -> c <= 0xff)) {
            s = decodeGuessing(s.getBytes(StandardCharsets.ISO_8859_1));
        }
        try {
            return MimeUtility.decodeText(s);
        } catch (java.io.UnsupportedEncodingException | RuntimeException e) {
            return s;
        }
    }
}
