package org.switchboard.server.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceEvent;
import org.osgi.framework.ServiceListener;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;
import org.osgi.util.tracker.ServiceTracker;
import org.switchboard.server.core.ContactCenter;
import org.switchboard.server.core.Session;
import org.switchboard.server.store.DatabaseStores;

/**
 * At start there is one contact center for the life of the process: the component needs the store
 * (a mandatory, static reference), so while the store is not there it is not started at all, rather
 * than started without it and replaced when it arrives (which would end the sessions it gave out).
 */
class OneContactCenterAtStartTest {

    private static final String ENGINE = "org.switchboard.server.core.internal.ContactCenterEngine";

    private final BundleContext context = FrameworkUtil.getBundle(getClass()).getBundleContext();
    private final Bundle coreBundle = FrameworkUtil.getBundle(ContactCenter.class);
    private final Bundle storeBundle = FrameworkUtil.getBundle(DatabaseStores.class);

    @AfterEach
    void startBoth() throws Exception {
        storeBundle.start();
        coreBundle.start();
    }

    @Test
    void withoutItsStoreTheContactCenterIsNotStartedAndItStartsOnceTheStoreIsThere() throws Exception {
        coreBundle.stop();
        storeBundle.stop();
        AtomicInteger registered = new AtomicInteger();
        ServiceListener counter = e -> {
            if (e.getType() == ServiceEvent.REGISTERED) {
                registered.incrementAndGet();
            }
        };
        context.addServiceListener(counter, "(objectClass=" + ContactCenter.class.getName() + ")");
        try {
            coreBundle.start();
            assertEquals(List.of(ComponentConfigurationDTO.UNSATISFIED_REFERENCE), engineStates(),
                    "waiting for the store, not started without it");
            assertNull(context.getServiceReference(ContactCenter.class));

            storeBundle.start();
            ContactCenter center = waitFor();
            Session session = center.login("a1", "a1-demo");
            assertEquals(List.of(ComponentConfigurationDTO.ACTIVE), engineStates());
            assertEquals(1, registered.get(), "one contact center registered");
            assertEquals(Optional.of("a1"), waitFor().agentOf(session.token()), "its sessions stay valid");
            center.logout("a1");
        } finally {
            context.removeServiceListener(counter);
        }
    }

    private List<Integer> engineStates() {
        ServiceTracker<ServiceComponentRuntime, ServiceComponentRuntime> scr = new ServiceTracker<>(context,
                ServiceComponentRuntime.class, null);
        scr.open();
        try {
            ServiceComponentRuntime runtime = scr.waitForService(20_000);
            assertNotNull(runtime, "the Declarative Services runtime");
            ComponentDescriptionDTO engine = runtime.getComponentDescriptionDTO(coreBundle, ENGINE);
            assertNotNull(engine, ENGINE + " is a component of " + coreBundle.getSymbolicName());
            return runtime.getComponentConfigurationDTOs(engine).stream().map(c -> c.state).toList();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        } finally {
            scr.close();
        }
    }

    private ContactCenter waitFor() throws InterruptedException {
        ServiceTracker<ContactCenter, ContactCenter> tracker = new ServiceTracker<>(context, ContactCenter.class, null);
        tracker.open();
        try {
            ContactCenter center = tracker.waitForService(20_000);
            assertNotNull(center, "the contact center starts once its store is there");
            return center;
        } finally {
            tracker.close();
        }
    }
}
