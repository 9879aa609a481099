package org.switchboard.server.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.osgi.framework.Bundle;
import org.switchboard.server.app.ServerApplication;
import org.switchboard.server.core.ContactCenter;
import org.switchboard.testing.Await;
import org.switchboard.testing.Services;
import org.switchboard.testing.StoreKeepingNothing;

/**
 * The server's components as the product runs them (framework properties in the pom: free ports,
 * demo calls on, one second apart).
 */
@ExtendWith(StoreKeepingNothing.class)
class ServerRuntimeTest {

    @Test
    void demoCallsReachAReadyAgent() {
        // that no demo call comes while nobody is Ready is DemoCallsTest's, on a clock it moves
        ContactCenter center = Services.await(Services.of(getClass()), ContactCenter.class);
        center.login("a3", "a3-demo");
        assertTrue(center.agent("a3").offers().isEmpty(), "no call while a3 is Not Ready");
        center.changeState("a3", "READY", null);
        Await.until("a demo call offered to the Ready agent", () -> !center.agent("a3").offers().isEmpty());
    }

    @Test
    void applicationRunsUntilStoppedAndSaysWhereItServes() throws Exception {
        ServerApplication app = new ServerApplication();
        CompletableFuture<Boolean> running = new CompletableFuture<>();
        PrintStream out = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
        CompletableFuture<Object> result;
        try {
            result = CompletableFuture.supplyAsync(() -> {
                try {
                    return app.start(new Context(running));
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            assertTrue(running.get(30, TimeUnit.SECONDS), "the application reports itself running");
            Await.until("the ready line", () -> printed.toString(StandardCharsets.UTF_8).contains("ready"));
            assertFalse(result.isDone(), "the server runs until it is stopped");
        } finally {
            System.setOut(out);
        }
        String line = printed.toString(StandardCharsets.UTF_8);
        assertTrue(line.matches("(?s)Switchboard server ready: REST http://127\\.0\\.0\\.1:\\d+/api/v1/ "
                + "SOAP http://127\\.0\\.0\\.1:\\d+/soap/callcontrol\\R"), line);
        app.stop();
        assertEquals(IApplication.EXIT_OK, result.get(10, TimeUnit.SECONDS));
    }

    private record Context(CompletableFuture<Boolean> running) implements IApplicationContext {

        @Override
        public void applicationRunning() {
            running.complete(true);
        }

        @Override
        public Map<?, ?> getArguments() {
            return Map.of();
        }

        @Override
        public String getBrandingApplication() {
            return null;
        }

        @Override
        public String getBrandingName() {
            return null;
        }

        @Override
        public String getBrandingDescription() {
            return null;
        }

        @Override
        public String getBrandingId() {
            return null;
        }

        @Override
        public String getBrandingProperty(String key) {
            return null;
        }

        @Override
        public Bundle getBrandingBundle() {
            return null;
        }

        @Override
        public void setResult(Object result, IApplication application) {
        }
    }
}
