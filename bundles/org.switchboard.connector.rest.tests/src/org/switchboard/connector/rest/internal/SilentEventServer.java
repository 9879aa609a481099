package org.switchboard.connector.rest.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A server on a plain socket that answers the login and {@code GET system} as Switchboard's API
 * does, and accepts {@code GET events} without ever answering: no status line, no byte.
 */
final class SilentEventServer implements AutoCloseable {

    private final ServerSocket socket;
    private final List<Socket> connections = new CopyOnWriteArrayList<>();
    /** When each events request arrived, {@link System#nanoTime()}. */
    final List<Long> eventRequests = new CopyOnWriteArrayList<>();

    SilentEventServer() throws IOException {
        socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(this::accept, "silent-event-server");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    URI baseUri() {
        return URI.create("http://127.0.0.1:" + socket.getLocalPort() + "/api/v1/");
    }

    private void accept() {
        while (!socket.isClosed()) {
            try {
                Socket s = socket.accept();
                connections.add(s);
                Thread t = new Thread(() -> serve(s), "silent-event-server-connection");
                t.setDaemon(true);
                t.start();
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void serve(Socket s) {
        try (s) {
            BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.ISO_8859_1));
            OutputStream out = s.getOutputStream();
            while (true) {
                String requestLine = in.readLine();
                if (requestLine == null) {
                    return;
                }
                int length = 0;
                for (String h = in.readLine(); h != null && !h.isEmpty(); h = in.readLine()) {
                    if (h.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
                        length = Integer.parseInt(h.substring(15).strip());
                    }
                }
                in.skip(length);
                String body;
                if (requestLine.startsWith("GET /api/v1/events")) {
                    eventRequests.add(System.nanoTime());
                    // Stay silent until the client gives up and closes the connection.
                    while (in.read() >= 0) {
                        // discard
                    }
                    return;
                } else if (requestLine.startsWith("POST /api/v1/sessions")) {
                    body = "{\"agentId\":\"a1\",\"token\":\"silent-token\"}";
                } else if (requestLine.startsWith("GET /api/v1/system")) {
                    body = "{\"state\":\"IN_SERVICE\"}";
                } else {
                    body = "{\"error\":\"not_found\",\"message\":\"no such resource\"}";
                }
                byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
                out.write(("HTTP/1.1 " + (body.contains("not_found") ? "404 Not Found" : "200 OK")
                        + "\r\nContent-Type: application/json\r\nContent-Length: " + bytes.length + "\r\n\r\n")
                        .getBytes(StandardCharsets.ISO_8859_1));
                out.write(bytes);
                out.flush();
            }
        } catch (IOException e) {
            // the client went away
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
        for (Socket s : connections) {
            s.close();
        }
    }
}
