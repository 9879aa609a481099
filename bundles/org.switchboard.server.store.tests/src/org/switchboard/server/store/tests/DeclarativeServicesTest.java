package org.switchboard.server.store.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.switchboard.server.core.ContactCenter;
import org.switchboard.server.core.store.ServerStore;
import org.switchboard.server.store.StoreSettings;
import org.switchboard.testing.Services;

/** The store component opens the H2 file in the data folder and the contact center component writes to it. */
class DeclarativeServicesTest {

    @Test
    void theDemoContactCenterWritesToTheStoreComponent() {
        BundleContext context = Services.of(getClass());
        ServerStore store = Services.await(context, ServerStore.class);
        Path data = Path.of(context.getProperty(StoreSettings.DATA_PROPERTY));
        assertTrue(Files.isRegularFile(data.resolve("switchboard-server.mv.db")));

        ContactCenter center = Services.await(context, ContactCenter.class);
        long before = store.nextInteractionNumber();
        center.simulator().injectCall("sales", null, null);
        assertTrue(store.nextInteractionNumber() > before, "the contact center component writes to the store");
    }
}
