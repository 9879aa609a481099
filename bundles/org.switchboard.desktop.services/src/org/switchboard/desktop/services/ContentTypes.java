package org.switchboard.desktop.services;

import java.io.IOException;

/**
 * The media type a file really has, found in its content rather than taken from its name or from
 * what the sender listed. Nothing is decoded or parsed beyond the bytes detection needs.
 * <p>
 * Threading: detection reads the content and, the first time, the detector's type definitions:
 * never on the UI thread. May be called from several threads.
 */
public interface ContentTypes {

    /**
     * The media type of {@code content}, lower or mixed case as the detector names it
     * ({@code image/png}, {@code application/pdf}, {@code application/octet-stream} when unknown).
     *
     * @param declaredName the file name it came with, or {@code null}
     * @param declaredType the media type it was listed as, or {@code null}
     */
    String detect(byte[] content, String declaredName, String declaredType) throws IOException;
}
