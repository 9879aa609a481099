package org.switchboard.testing;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;
import org.switchboard.server.core.store.ServerStore;

/**
 * For the test classes of runtimes without a database: the contact center component starts only on a
 * store, so one that keeps nothing is registered for the class and withdrawn after it.
 */
public final class StoreKeepingNothing implements BeforeAllCallback, AfterAllCallback {

    private static final ExtensionContext.Namespace HERE = ExtensionContext.Namespace.create(StoreKeepingNothing.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        var bundle = FrameworkUtil.getBundle(context.getRequiredTestClass()).getBundleContext();
        context.getStore(HERE).put(ServerStore.class, bundle.registerService(ServerStore.class, ServerStore.none(), null));
    }

    @Override
    public void afterAll(ExtensionContext context) {
        context.getStore(HERE).get(ServerStore.class, ServiceRegistration.class).unregister();
    }
}
