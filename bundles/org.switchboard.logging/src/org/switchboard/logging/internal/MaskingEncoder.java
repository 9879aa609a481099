package org.switchboard.logging.internal;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.switchboard.logging.LogMask;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.encoder.Encoder;
import ch.qos.logback.core.encoder.EncoderBase;
import ch.qos.logback.core.encoder.LayoutWrappingEncoder;

/**
 * Wraps an appender's encoder so that what it writes is masked: the whole formatted line, message
 * and stack trace alike, whatever pattern the administrator configured.
 */
final class MaskingEncoder extends EncoderBase<ILoggingEvent> {

    private final Encoder<ILoggingEvent> delegate;
    private final Charset charset;

    MaskingEncoder(Encoder<ILoggingEvent> delegate) {
        this.delegate = delegate;
        Charset configured = delegate instanceof LayoutWrappingEncoder<?> l ? l.getCharset() : null;
        this.charset = configured == null ? StandardCharsets.UTF_8 : configured;
    }

    Encoder<ILoggingEvent> delegate() {
        return delegate;
    }

    @Override
    public byte[] headerBytes() {
        return delegate.headerBytes();
    }

    @Override
    public byte[] encode(ILoggingEvent event) {
        byte[] line = delegate.encode(event);
        if (line == null || line.length == 0) {
            return line;
        }
        String text = new String(line, charset);
        String masked = LogMask.mask(text);
        return masked.equals(text) ? line : masked.getBytes(charset);
    }

    @Override
    public byte[] footerBytes() {
        return delegate.footerBytes();
    }
}
