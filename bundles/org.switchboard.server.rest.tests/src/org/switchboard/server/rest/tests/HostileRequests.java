package org.switchboard.server.rest.tests;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Malformed and hostile HTTP requests across every operation of the API, drawn from a seeded
 * {@link Random} so that a run can be repeated: broken JSON and values of every wrong type, bodies
 * that are not UTF-8, charsets and content types the API does not take, broken percent-encoding and
 * chunks, lengths that lie, oversize headers, methods in lower case, tokens that are not tokens.
 */
final class HostileRequests {

    /** One request as it goes on the wire (the target already encoded, or not, as the case wants). */
    record Hostile(String method, String target, List<String> headers, byte[] body) {
    }

    /** An operation of the API: method, path with {@code {id}} and {@code {n}} holes, a well-formed body. */
    private record Operation(String method, String path, String body) {
    }

    private static final List<Operation> OPERATIONS = List.of(
            new Operation("POST", "sessions", "{\"agentId\":\"nobody\",\"password\":\"x\"}"),
            new Operation("DELETE", "sessions/current", null),
            new Operation("GET", "agents/{id}", null),
            new Operation("PUT", "agents/{id}/state", "{\"state\":\"NOT_READY\",\"reasonCode\":\"break\"}"),
            new Operation("GET", "agents/{id}/interactions", null),
            new Operation("GET", "interactions/{id}", null),
            new Operation("GET", "interactions/{id}/attachments/{n}", null),
            new Operation("GET", "interactions/{id}/cad/{n}/secure-value", null),
            new Operation("GET", "configuration", null),
            new Operation("POST", "interactions/{id}/actions",
                    "{\"action\":\"HOLD\",\"requestId\":\"r\",\"params\":{\"digits\":\"12\"}}"),
            new Operation("POST", "calls", "{\"kind\":\"NUMBER\",\"to\":\"+12015550188\"}"),
            new Operation("GET", "events", null),
            new Operation("POST", "events/tickets", null),
            new Operation("GET", "events?ticket=x", null),
            new Operation("GET", "directory?q=bill", null),
            new Operation("GET", "queues", null),
            new Operation("GET", "system", null),
            new Operation("GET", "openapi.json", null),
            new Operation("GET", "calendar/follow-ups?from=2026-01-01T00:00:00Z&to=2027-01-01T00:00:00Z", null),
            new Operation("POST", "calendar/follow-ups", "{\"kind\":\"CALL_BACK\",\"due\":\"2030-03-02T10:30\","
                    + "\"zone\":\"Europe/Berlin\",\"reminderMinutes\":15,\"notes\":\"n\",\"contactNumber\":\"+12015550188\"}"),
            new Operation("GET", "calendar/follow-ups/{id}", null),
            new Operation("DELETE", "calendar/follow-ups/{id}", null),
            new Operation("POST", "calendar/follow-ups/{id}/done", null),
            new Operation("POST", "calendar/follow-ups/{id}/call-back", null),
            new Operation("GET", "calendar/export?from=2026-01-01T00:00:00Z", null),
            new Operation("POST", "sim/calls", "{\"queueId\":\"sales\",\"callerName\":\"Fuzz\",\"cad\":{\"orderTotal\":\"1\"}}"),
            new Operation("POST", "sim/chats", "{\"queueId\":\"chat-support\",\"phoneNumber\":\"+12015550100\","
                    + "\"location\":{\"latitude\":1.5,\"longitude\":2.5}}"),
            new Operation("POST", "sim/callbacks", "{\"queueId\":\"sales\",\"type\":\"WEB\",\"customerName\":\"F\","
                    + "\"customerNumber\":\"+12015550177\",\"dnis\":\"+18005550100\"}"),
            new Operation("POST", "sim/interactions/{id}/callback-answered", null),
            new Operation("POST", "sim/interactions/{id}/outbound-answered", null),
            new Operation("POST", "sim/interactions/{id}/callback-missed", null),
            new Operation("POST", "sim/interactions/{id}/pictures?name=a.png", "PICTURE"),
            new Operation("POST", "sim/interactions/{id}/hangup", null),
            new Operation("POST", "sim/interactions/{id}/messages", "{\"text\":\"hello\"}"),
            new Operation("POST", "sim/interactions/{id}/typing", "{\"typing\":true}"),
            new Operation("GET", "knowledge/search?q=refund&tag=returns&limit=5", null),
            new Operation("GET", "knowledge/search?q=title:(card", null),
            new Operation("GET", "knowledge/suggestions?q=ref", null),
            new Operation("GET", "knowledge/articles/{id}", null),
            new Operation("GET", "knowledge/articles/{id}/versions", null),
            new Operation("POST", "knowledge/articles/{id}/uses", null),
            new Operation("POST", "knowledge/articles/{id}/ratings", "{\"helpful\":true}"),
            new Operation("POST", "knowledge/proposals", "{\"title\":\"Fuzz\",\"body\":\"Text\",\"tags\":[\"a\"]}"),
            new Operation("GET", "knowledge/proposals?state=PENDING", null),
            new Operation("GET", "knowledge/proposals/{id}", null),
            new Operation("POST", "knowledge/proposals/{id}/publish", "{\"note\":\"ok\"}"),
            new Operation("POST", "knowledge/proposals/{id}/reject", "{\"note\":\"no\"}"),
            new Operation("GET", "team/members", null),
            new Operation("GET", "team/help-requests", null),
            new Operation("POST", "team/help-requests", "{\"interactionId\":\"i-1\",\"note\":\"help\"}"),
            new Operation("POST", "team/review-flags", "{\"interactionId\":\"i-1\",\"note\":\"review\"}"),
            new Operation("POST", "team/help-requests/{id}/take", null),
            new Operation("POST", "team/help-requests/{id}/close", null),
            new Operation("PUT", "team/calls/{id}/supervision", "{\"mode\":\"WHISPER\"}"),
            new Operation("DELETE", "team/calls/{id}/supervision", null));

    private static final String[] WRONG_VALUES = { "123", "-1.5e308", "1e999999", "true", "false", "null", "[]",
            "[1,2]", "{}", "{\"a\":{}}", "\"\"", "\"\\u0000\"", "\"\\ud800\"", "\"" + "x".repeat(70_000) + "\"",
            "[".repeat(5_000), "\"READY\"", "99999999999999999999999", "{\"$ref\":\"#\"}" };
    private static final String[] CONTENT_TYPES = { "application/json", "application/json; charset=",
            "application/json; charset=bogus-42", "application/json; charset=utf-16", "application/json;charset=\"\"",
            "text/plain", "application/xml", "multipart/form-data; boundary=x", "application/json;;;", "*/*",
            "application/x-www-form-urlencoded", "application/json; charset=UTF-8; charset=latin1", "\u00e9/\u00e9",
            "image/png" };
    private static final String[] IDS = { "a1", "a2", "a3", "nobody", "i-1", "i-2", "i-999999999999", "kb-1", "p-1", "%zz", "%",
            "%2F", "%2e%2e", "..", "%00", "%ff%fe", "a%c3", "%E2%82%AC", "-1", "0", "x".repeat(3_000), "%252F",
            "%u0041", ";x", "a1%3Bb", "h-1", "h-2" };
    private static final String[] METHODS = { "get", "Post", "TRACE", "PATCH", "CONNECT", "PROPFIND", "MOVE",
            "G\u00c9T", "GET GET", "" };

    private final Random random;
    private final List<String> tokens;

    /** @param tokens valid tokens of agents and staff, mixed in with forged ones */
    HostileRequests(long seed, List<String> tokens) {
        this.random = new Random(seed);
        this.tokens = List.copyOf(tokens);
    }

    Hostile next(String basePath) {
        Operation op = OPERATIONS.get(random.nextInt(OPERATIONS.size()));
        String path = op.path().replace("{id}", pick(IDS)).replace("{n}", pick(new String[] { "0", "-1", "x", "99" }));
        List<String> headers = new ArrayList<>();
        String method = op.method();
        byte[] body = op.body() == null ? null : wellFormed(op);
        String contentType = body == null ? null : op.body().equals("PICTURE") ? "image/png" : "application/json";
        boolean validToken = !op.path().startsWith("sessions/current") && random.nextInt(3) > 0;
        String authorization = validToken ? "Bearer " + pick(tokens.toArray(String[]::new)) : forgedAuthorization();
        int mutation = random.nextInt(12);
        if (opensStream(op) && mutation == 8) {
            mutation = 2; // a chunked body is ignored on a GET: the stream would open
        }
        switch (mutation) {
            case 0 -> body = brokenJson(body);
            case 1 -> body = wrongType(op, body);
            case 2 -> contentType = pick(CONTENT_TYPES);
            case 3 -> body = notUtf8(body);
            case 4 -> path = brokenQuery(path);
            case 5 -> method = pick(METHODS);
            case 6 -> authorization = forgedAuthorization();
            case 7 -> headers.add(hostileHeader());
            case 8 -> {
                body = body == null ? "{}".getBytes(StandardCharsets.UTF_8) : body;
                contentType = contentType == null ? "application/json" : contentType;
                return framed(method, basePath + path, contentType, authorization, body);
            }
            case 9 -> path = path + pick(new String[] { "/", "//", "/..", "/x", "?", "#x", "/%2e%2e/%2e%2e" });
            case 10 -> body = wrongType(op, brokenJson(body));
            default -> contentType = random.nextBoolean() ? null : pick(CONTENT_TYPES);
        }
        if (opensStream(op)) {
            // a stream opened with a valid token stays open: ask for one only with a Last-Event-ID it refuses
            headers.add("Last-Event-ID: " + pick(new String[] { "x", "1x", "--", "\u00e9", "9".repeat(40) + "x" }));
        }
        if (authorization != null) {
            headers.add("Authorization: " + authorization);
        }
        if (contentType != null) {
            headers.add("Content-Type: " + contentType);
        }
        if (body != null) {
            headers.add("Content-Length: " + body.length);
        }
        return new Hostile(method, basePath + path, headers, body);
    }

    private static boolean opensStream(Operation op) {
        return op.method().equals("GET") && op.path().startsWith("events");
    }

    private byte[] wellFormed(Operation op) {
        if (op.body().equals("PICTURE")) {
            byte[] bytes = new byte[random.nextInt(4_096)];
            random.nextBytes(bytes);
            if (random.nextBoolean() && bytes.length > 8) {
                System.arraycopy(new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' }, 0, bytes, 0, 8);
            }
            return bytes;
        }
        return op.body().getBytes(StandardCharsets.UTF_8);
    }

    private byte[] brokenJson(byte[] body) {
        String s = body == null ? "{\"a\":1}" : new String(body, StandardCharsets.UTF_8);
        return switch (random.nextInt(8)) {
            case 0 -> s.substring(0, random.nextInt(Math.max(1, s.length()))).getBytes(StandardCharsets.UTF_8);
            case 1 -> (s + s).getBytes(StandardCharsets.UTF_8);
            case 2 -> s.replace(':', '=').getBytes(StandardCharsets.UTF_8);
            case 3 -> ("\ufeff" + s).getBytes(StandardCharsets.UTF_8);
            case 4 -> s.replace("\"", "'").getBytes(StandardCharsets.UTF_8);
            case 5 -> new byte[0];
            case 6 -> ("{\"a\":1,\"a\":2," + s.substring(1)).getBytes(StandardCharsets.UTF_8);
            default -> "[".repeat(2_000 + random.nextInt(20_000)).getBytes(StandardCharsets.UTF_8);
        };
    }

    /** The operation's body with one field's value replaced by a value of another JSON type, or a field added. */
    private byte[] wrongType(Operation op, byte[] body) {
        String s = body == null ? "{}" : new String(body, StandardCharsets.UTF_8);
        String value = pick(WRONG_VALUES);
        int colon = s.indexOf("\":");
        if (colon < 0 || random.nextInt(4) == 0) {
            return ("{\"" + pick(new String[] { "extra", "__proto__", "agentId", "params" }) + "\":" + value + "}")
                    .getBytes(StandardCharsets.UTF_8);
        }
        int end = s.indexOf(',', colon);
        end = end < 0 ? s.lastIndexOf('}') : end;
        String rest = end < colon + 2 ? "" : s.substring(end);
        return (s.substring(0, colon + 2) + value + rest).getBytes(StandardCharsets.UTF_8);
    }

    private byte[] notUtf8(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] start = "{\"callerName\":\"".getBytes(StandardCharsets.US_ASCII);
        out.writeBytes(start);
        out.writeBytes(new byte[] { (byte) 0xc3, (byte) 0x28, (byte) 0xff, (byte) 0xfe, (byte) 0xed, (byte) 0xa0,
                (byte) 0x80 });
        out.writeBytes("\"}".getBytes(StandardCharsets.US_ASCII));
        return body == null || random.nextBoolean() ? out.toByteArray() : utf16(body);
    }

    private static byte[] utf16(byte[] body) {
        return new String(body, StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_16);
    }

    private String brokenQuery(String path) {
        String sep = path.contains("?") ? "&" : "?";
        return path + sep + pick(new String[] { "q=%zz", "q=%", "q=%4", "q=" + "y".repeat(150), "q=%ff",
                "q=%00", "name=%E2%82", "q=a&q=b", "=", "&&&", "q=%C0%AF", "q=" + "%41".repeat(400) });
    }

    private String forgedAuthorization() {
        return switch (random.nextInt(7)) {
            case 0 -> null;
            case 1 -> "Bearer";
            case 2 -> "Bearer " + "A".repeat(4_000);
            case 3 -> "Basic YTE6YTEtZGVtbw==";
            case 4 -> "bearer \u00e9\u00e9";
            case 5 -> "Bearer " + pick(tokens.toArray(String[]::new)) + "x";
            default -> "Bearer ../../etc/passwd";
        };
    }

    private String hostileHeader() {
        return switch (random.nextInt(8)) {
            case 0 -> "X-Padding: " + "p".repeat(9_000 + random.nextInt(20_000));
            case 1 -> "Content-Length: -1";
            case 2 -> "Content-Length: 99999999999999999999";
            case 3 -> "Transfer-Encoding: gzip, chunked";
            case 4 -> "Expect: 100-continue";
            case 5 -> "Accept: text/html";
            case 6 -> "Accept-Charset: bogus-42";
            default -> "X-Nul: a\u0000b";
        };
    }

    /** A chunked body, with a bad chunk size, a missing terminator or a chunk longer than it says. */
    private Hostile framed(String method, String target, String contentType, String authorization, byte[] body) {
        String size = switch (random.nextInt(5)) {
            case 0 -> "zz";
            case 1 -> "ffffffffffffffffff";
            case 2 -> Integer.toHexString(body.length + 7);
            case 3 -> "-" + Integer.toHexString(body.length);
            default -> Integer.toHexString(body.length) + ";ext=\"";
        };
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes((size + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(body);
        out.writeBytes(random.nextBoolean() ? "\r\n0\r\n\r\n".getBytes(StandardCharsets.US_ASCII) : new byte[0]);
        List<String> headers = new ArrayList<>(List.of("Content-Type: " + contentType, "Transfer-Encoding: chunked"));
        if (authorization != null) {
            headers.add("Authorization: " + authorization);
        }
        return new Hostile(method, target, headers, out.toByteArray());
    }

    private <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }
}
