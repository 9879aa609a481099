package org.switchboard.server.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;
import org.osgi.util.tracker.ServiceTracker;
import org.switchboard.server.app.ServerApplication;
import org.switchboard.server.core.ContactCenter;
import org.switchboard.server.core.store.ServerStore;

/**
 * The server's components as the product runs them (framework properties in the pom: free ports,
 * demo calls on, one second apart).
 */
class ServerRuntimeTest {

    private static ServiceRegistration<ServerStore> store;

    /** The contact center component starts on its store; this runtime has no database: one that keeps nothing. */
    @BeforeAll
    static void registerAStoreThatKeepsNothing() {
        BundleContext context = FrameworkUtil.getBundle(ServerRuntimeTest.class).getBundleContext();
        store = context.registerService(ServerStore.class, ServerStore.none(), null);
    }

    @AfterAll
    static void unregisterTheStore() {
        store.unregister();
    }

    private final BundleContext context = FrameworkUtil.getBundle(getClass()).getBundleContext();

    @Test
    void demoCallsReachAReadyAgent() throws InterruptedException {
        ContactCenter center = service(ContactCenter.class);
        center.login("a3", "a3-demo");
        assertTrue(center.agent("a3").offers().isEmpty());
        Thread.sleep(1500);
        assertTrue(center.agent("a3").offers().isEmpty(), "no call while a3 is Not Ready");
        center.changeState("a3", "READY", null);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        while (center.agent("a3").offers().isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertFalse(center.agent("a3").offers().isEmpty(), "a demo call is offered to the Ready sales agent");
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
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            while (!printed.toString(StandardCharsets.UTF_8).contains("ready") && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            Thread.sleep(200);
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

    private <T> T service(Class<T> type) throws InterruptedException {
        ServiceTracker<T, T> tracker = new ServiceTracker<>(context, type, null);
        tracker.open();
        try {
            T service = tracker.waitForService(20_000);
            assertNotNull(service, type.getSimpleName() + " component must be active");
            return service;
        } finally {
            tracker.close();
        }
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
