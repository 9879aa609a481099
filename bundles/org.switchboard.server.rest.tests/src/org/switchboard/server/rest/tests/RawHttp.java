package org.switchboard.server.rest.tests;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * HTTP/1.1 written byte for byte on a loopback socket, for requests no well-behaved client sends:
 * lower-case methods, broken percent-encoding, broken chunks, oversize headers. One request per
 * connection ({@code Connection: close}).
 */
final class RawHttp {

    private static final int TIMEOUT_MILLIS = 15_000;

    record Answer(int status, Map<String, String> headers, byte[] body) {

        String contentType() {
            return headers.getOrDefault("content-type", "");
        }

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    private final URI base;

    RawHttp(URI base) {
        this.base = base;
    }

    /** The request target for a path relative to the API, e.g. {@code directory?q=x} to {@code /api/v1/directory?q=x}. */
    String target(String relative) {
        return base.getPath() + relative;
    }

    /** A request line, headers (each "Name: value") and a body sent as it is; Host and Connection are added. */
    Answer send(String method, String target, byte[] body, String... headers) {
        StringBuilder head = new StringBuilder(method).append(' ').append(target).append(" HTTP/1.1\r\n");
        head.append("Host: ").append(base.getHost()).append(':').append(base.getPort()).append("\r\n");
        head.append("Connection: close\r\n");
        for (String h : headers) {
            head.append(h).append("\r\n");
        }
        head.append("\r\n");
        ByteArrayOutputStream request = new ByteArrayOutputStream();
        request.writeBytes(head.toString().getBytes(StandardCharsets.ISO_8859_1));
        if (body != null) {
            request.writeBytes(body);
        }
        return exchange(request.toByteArray());
    }

    /** A JSON body with its Content-Length. */
    Answer sendJson(String method, String target, String contentType, String json, String... headers) {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        String[] all = new String[headers.length + 2];
        all[0] = "Content-Type: " + contentType;
        all[1] = "Content-Length: " + body.length;
        System.arraycopy(headers, 0, all, 2, headers.length);
        return send(method, target, body, all);
    }

    Answer exchange(byte[] request) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(base.getHost(), base.getPort()), TIMEOUT_MILLIS);
            socket.setSoTimeout(TIMEOUT_MILLIS);
            OutputStream out = socket.getOutputStream();
            try {
                out.write(request);
                out.flush();
                socket.shutdownOutput();
            } catch (IOException refusedMidRequest) {
                // the server may answer and close before it has read all we send: read its answer
            }
            return parse(socket.getInputStream());
        } catch (IOException e) {
            throw new IllegalStateException("no answer to " + firstLine(request), e);
        }
    }

    private static String firstLine(byte[] request) {
        String s = new String(request, 0, Math.min(request.length, 200), StandardCharsets.ISO_8859_1);
        int end = s.indexOf('\r');
        return end < 0 ? s : s.substring(0, end);
    }

    /**
     * Reads the final answer (after any interim 1xx) up to the end of its body: its Content-Length,
     * its last chunk, or the server closing. An event stream is not read past its headers.
     */
    private static Answer parse(InputStream in) throws IOException {
        ByteArrayOutputStream read = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        int start = 0;
        while (true) {
            String text = read.toString(StandardCharsets.ISO_8859_1);
            int headEnd = text.indexOf("\r\n\r\n", start);
            if (headEnd < 0) {
                int n = in.read(buffer);
                if (n < 0) {
                    throw new IOException("no complete answer: " + text);
                }
                read.write(buffer, 0, n);
                continue;
            }
            String[] lines = text.substring(start, headEnd).split("\r\n");
            int status = Integer.parseInt(lines[0].split(" ")[1]);
            if (status < 200) { // interim answers (100 Continue) come before the final one
                start = headEnd + 4;
                continue;
            }
            Map<String, String> headers = new TreeMap<>();
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                if (colon > 0) {
                    headers.put(lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT),
                            lines[i].substring(colon + 1).strip());
                }
            }
            return new Answer(status, headers, body(in, read, headEnd + 4, headers));
        }
    }

    private static byte[] body(InputStream in, ByteArrayOutputStream read, int bodyStart, Map<String, String> headers)
            throws IOException {
        if (headers.getOrDefault("content-type", "").startsWith("text/event-stream")) {
            return new byte[0];
        }
        boolean chunked = "chunked".equalsIgnoreCase(headers.get("transfer-encoding"));
        String length = headers.get("content-length");
        long wanted = length == null || chunked ? Long.MAX_VALUE : Long.parseLong(length);
        byte[] buffer = new byte[8192];
        while (read.size() - bodyStart < wanted && !(chunked && read.toString(StandardCharsets.ISO_8859_1)
                .endsWith("0\r\n\r\n"))) {
            int n = in.read(buffer);
            if (n < 0) {
                break;
            }
            read.write(buffer, 0, n);
        }
        byte[] all = read.toByteArray();
        byte[] body = java.util.Arrays.copyOfRange(all, bodyStart, all.length);
        return chunked ? unchunk(body) : body;
    }

    private static byte[] unchunk(byte[] chunked) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String s = new String(chunked, StandardCharsets.ISO_8859_1);
        int i = 0;
        while (i < s.length()) {
            int lineEnd = s.indexOf("\r\n", i);
            if (lineEnd < 0) {
                break;
            }
            int size = Integer.parseInt(s.substring(i, lineEnd).split(";")[0].strip(), 16);
            if (size == 0) {
                break;
            }
            out.write(chunked, lineEnd + 2, size);
            i = lineEnd + 2 + size + 2;
        }
        return out.toByteArray();
    }
}
