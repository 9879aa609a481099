package org.switchboard.connector.rest.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

import javax.ws.rs.ext.RuntimeDelegate;

import org.junit.jupiter.api.Test;
import org.switchboard.connector.rest.RestClient;

/**
 * The desktop product runs the REST client with no JAX-RS server in its framework, so nothing has
 * set a JAX-RS {@code RuntimeDelegate} before the first request (in the test runtime, the servers
 * of other tests do), and its threads' context class loader resolves, like Equinox's context
 * finder, from the JAX-RS API bundle, which sees no implementation. The peer is a bare socket.
 */
class ClientWithoutJaxRsRuntimeTest {

    private static final String BODY =
            "{\"agentId\":\"a1\",\"state\":\"READY\",\"since\":\"2026-01-05T09:00:00Z\",\"activeInteractions\":0}";

    @Test
    void clientWorksWhereNoJaxRsRuntimeWasSet() throws Exception {
        RuntimeDelegate.setInstance(null);
        Thread current = Thread.currentThread();
        ClassLoader previous = current.getContextClassLoader();
        current.setContextClassLoader(RuntimeDelegate.class.getClassLoader());
        try (ServerSocket listener = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Thread peer = new Thread(() -> answerOnce(listener), "bare-http-peer");
            peer.start();
            URI base = URI.create("http://127.0.0.1:" + listener.getLocalPort() + "/api/v1/");
            try (RestClient client = new RestClient(base, () -> "token", Duration.ofSeconds(5), Duration.ofMillis(200))) {
                AgentStatus status = client.get("agents/a1", AgentStatus.class);

                assertEquals(new AgentStatus("a1", "READY", Instant.parse("2026-01-05T09:00:00Z"), 0), status);
            }
            peer.join(5_000);
        } finally {
            current.setContextClassLoader(previous);
        }
    }

    private static void answerOnce(ServerSocket listener) {
        try (Socket socket = listener.accept()) {
            BufferedReader request = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
            String line;
            while ((line = request.readLine()) != null && !line.isEmpty()) {
                // the request is not looked at; the headers are read so the client sees a polite peer
            }
            byte[] body = BODY.getBytes(StandardCharsets.UTF_8);
            OutputStream out = socket.getOutputStream();
            out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + body.length
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
        } catch (IOException e) {
            throw new IllegalStateException("The test peer failed", e);
        }
    }
}
