package org.switchboard.server.rest.internal;

import java.io.IOException;
import java.nio.ByteBuffer;

import javax.servlet.RequestDispatcher;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.ErrorHandler;

/**
 * The answers the HTTP server writes itself, before or outside the API (a request line or headers it
 * cannot parse, a URI or header block too large, an ambiguous path, a path outside the API, a broken
 * chunked body): a JSON {@link ApiError} instead of Jetty's HTML page, never naming the exception.
 */
public final class JsonErrorPages extends ErrorHandler {

    private static final String JSON = "application/json";

    @Override
    public void handle(String target, Request baseRequest, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        int status = response.getStatus();
        baseRequest.setHandled(true);
        if (response.isCommitted()) {
            return;
        }
        String detail = (String) request.getAttribute(RequestDispatcher.ERROR_MESSAGE);
        byte[] body = body(status, detail);
        response.resetBuffer();
        response.setHeader(HttpHeader.CACHE_CONTROL.asString(), "no-store");
        response.setContentType(JSON);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        fields.put(new HttpField(HttpHeader.CONTENT_TYPE, JSON));
        fields.put(HttpHeader.CACHE_CONTROL, "no-store");
        return ByteBuffer.wrap(body(status, reason));
    }

    /** The error's body: the status as a word, and a sentence that names no class or stack. */
    static byte[] body(int status, String detail) {
        String phrase = HttpStatus.getMessage(status);
        String word = phrase == null ? "error" : phrase.toLowerCase(java.util.Locale.ROOT).replace(' ', '-');
        String message = safe(detail) ? detail : phrase == null ? "The request failed." : phrase + ".";
        return Json.bytes(new ApiError(word, message, null));
    }

    /** A reason Jetty gives that can be shown: short, and not an exception's text. */
    private static boolean safe(String detail) {
        return detail != null && !detail.isBlank() && detail.length() <= 200 && !detail.contains("Exception")
                && !detail.contains("\n") && !detail.contains(".java") && !detail.contains("org.");
    }
}
