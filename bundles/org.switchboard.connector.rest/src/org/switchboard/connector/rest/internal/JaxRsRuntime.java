package org.switchboard.connector.rest.internal;

import javax.ws.rs.ext.RuntimeDelegate;

import org.apache.cxf.jaxrs.impl.RuntimeDelegateImpl;

/**
 * JAX-RS finds its {@code RuntimeDelegate} through a service file that the API bundle cannot see in
 * OSGi, and then falls back to Jersey's class, which is not there; CXF's client needs it for every
 * media type and header it writes. Where nothing in the framework has set one, CXF's is set.
 */
public final class JaxRsRuntime {

    private JaxRsRuntime() {
    }

    public static void ensureDelegate() {
        try {
            RuntimeDelegate.getInstance();
        } catch (RuntimeException notFound) {
            RuntimeDelegate.setInstance(new RuntimeDelegateImpl());
        }
    }
}
