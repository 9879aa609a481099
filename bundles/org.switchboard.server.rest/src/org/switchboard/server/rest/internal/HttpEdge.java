package org.switchboard.server.rest.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

import javax.servlet.ServletException;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.HandlerWrapper;

/**
 * The first look at every request, before CXF parses it: what the API cannot serve is answered here
 * with a JSON {@link ApiError} (CXF and Jetty would answer 500, an empty body or an HTML page).
 * <ul>
 * <li>405 for a method the API has no use for, TRACE, and lower-case methods (methods are case-sensitive);</li>
 * <li>400 for a path or query whose percent-encoding is broken or does not decode to UTF-8;</li>
 * <li>415 for a body without a Content-Type, or whose {@code charset} is not UTF-8 (JSON is UTF-8,
 * RFC 8259) or is empty;</li>
 * <li>413 for a body declared larger than {@link #MAX_BODY}.</li>
 * </ul>
 */
public final class HttpEdge extends HandlerWrapper {

    /** The largest body any request may declare: the largest picture a customer may send, with room to spare. */
    static final long MAX_BODY = 16L * 1024 * 1024;

    private static final Set<String> METHODS = Set.of("GET", "HEAD", "POST", "PUT", "DELETE", "OPTIONS");
    private static final String ALLOW = String.join(", ", "GET", "HEAD", "POST", "PUT", "DELETE", "OPTIONS");

    @Override
    public void handle(String target, Request baseRequest, HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        ApiError refusal = null;
        int status = 0;
        if (!METHODS.contains(request.getMethod())) {
            status = 405;
            refusal = new ApiError("method-not-allowed", "The API answers " + ALLOW + "; methods are upper case.",
                    null);
            response.setHeader("Allow", ALLOW);
        } else if (!utf8PercentEncoded(baseRequest.getHttpURI().getPath())
                || !utf8PercentEncoded(request.getQueryString())) {
            status = 400;
            refusal = new ApiError("malformed-uri",
                    "The path or query has a broken percent-encoding or is not UTF-8.", null);
        } else if (request.getContentType() == null && hasBody(request)) {
            status = 415;
            refusal = new ApiError("unsupported-media-type", "A request body needs a Content-Type.", null);
        } else if (!utf8OrNoCharset(request.getHeader("Content-Type"))) {
            status = 415;
            refusal = new ApiError("unsupported-media-type",
                    "Request bodies are UTF-8: the charset parameter may only be utf-8.", null);
        } else if (request.getContentLengthLong() > MAX_BODY) {
            status = 413;
            refusal = new ApiError("too-large", "The body is larger than " + MAX_BODY + " bytes.", null);
        }
        if (refusal == null) {
            super.handle(target, baseRequest, request, response);
            return;
        }
        baseRequest.setHandled(true);
        byte[] body = Json.bytes(refusal);
        response.setStatus(status);
        response.setContentType("application/json");
        response.setContentLength(body.length);
        if (status == 413 || status == 400) {
            response.setHeader("Connection", "close");
        }
        response.getOutputStream().write(body);
    }

    private static boolean hasBody(HttpServletRequest request) {
        return request.getContentLengthLong() > 0 || request.getHeader("Transfer-Encoding") != null;
    }

    /** True when every {@code %} is followed by two hex digits and the decoded bytes are UTF-8 (or null). */
    static boolean utf8PercentEncoded(String raw) {
        if (raw == null || raw.indexOf('%') < 0) {
            return true;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        int i = 0;
        while (i < raw.length()) {
            int next = raw.indexOf('%', i);
            int plainEnd = next < 0 ? raw.length() : next;
            bytes.writeBytes(raw.substring(i, plainEnd).getBytes(StandardCharsets.UTF_8));
            if (next < 0) {
                break;
            }
            if (next + 2 >= raw.length()) {
                return false;
            }
            int hi = Character.digit(raw.charAt(next + 1), 16);
            int lo = Character.digit(raw.charAt(next + 2), 16);
            if (hi < 0 || lo < 0) {
                return false;
            }
            bytes.write(hi << 4 | lo);
            i = next + 3;
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes.toByteArray()));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** True for no Content-Type, one without a charset, or one whose charset is UTF-8. */
    static boolean utf8OrNoCharset(String contentType) {
        if (contentType == null) {
            return true;
        }
        for (String parameter : contentType.split(";")) {
            String p = parameter.strip();
            int eq = p.indexOf('=');
            if (eq > 0 && p.substring(0, eq).strip().equalsIgnoreCase("charset")) {
                String charset = p.substring(eq + 1).strip();
                if (charset.length() >= 2 && charset.startsWith("\"") && charset.endsWith("\"")) {
                    charset = charset.substring(1, charset.length() - 1);
                }
                String c = charset.toLowerCase(Locale.ROOT);
                return c.equals("utf-8") || c.equals("utf8");
            }
        }
        return true;
    }
}
