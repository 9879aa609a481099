package org.switchboard.server.store.tests;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;
import org.switchboard.server.core.ContactCenter;
import org.switchboard.server.core.store.ServerStore;
import org.switchboard.server.store.StoreSettings;

/** The store component opens the H2 file in the data folder and the contact center component writes to it. */
class DeclarativeServicesTest {

    @Test
    void theDemoContactCenterWritesToTheStoreComponent() throws InterruptedException {
        BundleContext context = FrameworkUtil.getBundle(getClass()).getBundleContext();
        ServiceTracker<ServerStore, ServerStore> stores = new ServiceTracker<>(context, ServerStore.class, null);
        ServiceTracker<ContactCenter, ContactCenter> centers = new ServiceTracker<>(context, ContactCenter.class, null);
        stores.open();
        centers.open();
        try {
            ServerStore store = stores.waitForService(20_000);
            assertNotNull(store, "the store component must be active");
            Path data = Path.of(context.getProperty(StoreSettings.DATA_PROPERTY));
            assertTrue(Files.isRegularFile(data.resolve("switchboard-server.mv.db")));

            ContactCenter center = centers.waitForService(20_000);
            assertNotNull(center);
            long before = store.nextInteractionNumber();
            center.simulator().injectCall("sales", null, null);
            assertTrue(store.nextInteractionNumber() > before, "the contact center component writes to the store");
        } finally {
            centers.close();
            stores.close();
        }
    }
}
