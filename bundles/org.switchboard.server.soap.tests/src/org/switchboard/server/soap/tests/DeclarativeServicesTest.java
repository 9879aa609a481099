package org.switchboard.server.soap.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.apache.cxf.jaxws.JaxWsProxyFactoryBean;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;
import org.osgi.util.tracker.ServiceTracker;
import org.switchboard.callcontrol.CallControl;
import org.switchboard.callcontrol.CallControlFault;
import org.switchboard.callcontrol.CallRequest;
import org.switchboard.server.core.ContactCenter;
import org.switchboard.server.core.store.ServerStore;
import org.switchboard.server.soap.SoapEndpoint;

/** The components start the demo contact center and serve its call control, as the headless server does. */
class DeclarativeServicesTest {

    private static ServiceRegistration<ServerStore> store;

    /** The contact center component starts on its store; this runtime has no database: one that keeps nothing. */
    @BeforeAll
    static void registerAStoreThatKeepsNothing() {
        BundleContext context = FrameworkUtil.getBundle(DeclarativeServicesTest.class).getBundleContext();
        store = context.registerService(ServerStore.class, ServerStore.none(), null);
    }

    @AfterAll
    static void unregisterTheStore() {
        store.unregister();
    }

    @Test
    void componentsServeCallControlOfTheDemoContactCenterOnLoopback() throws InterruptedException {
        BundleContext context = FrameworkUtil.getBundle(getClass()).getBundleContext();
        ServiceTracker<SoapEndpoint, SoapEndpoint> tracker = new ServiceTracker<>(context, SoapEndpoint.class, null);
        tracker.open();
        try {
            SoapEndpoint endpoint = tracker.waitForService(20_000);
            assertNotNull(endpoint, "the SOAP component must be active");
            assertEquals("127.0.0.1", endpoint.address().getHost());
            ContactCenter center = context.getService(context.getServiceReference(ContactCenter.class));

            JaxWsProxyFactoryBean factory = new JaxWsProxyFactoryBean();
            factory.setServiceClass(CallControl.class);
            factory.setWsdlURL(endpoint.wsdl().toString());
            factory.setServiceName(CallControl.SERVICE);
            factory.setEndpointName(CallControl.PORT);
            factory.setAddress(endpoint.address().toString());
            CallControl soap = factory.create(CallControl.class);

            String token = center.login("a3", "a3-demo").token();
            CallRequest request = new CallRequest();
            request.setToken(token);
            request.setInteractionId("i-404");
            CallControlFault fault = assertThrows(CallControlFault.class, () -> soap.answer(request));
            assertEquals("NOT_FOUND", fault.getFaultInfo().getRule());
            center.logout("a3");
            fault = assertThrows(CallControlFault.class, () -> soap.answer(request));
            assertEquals("UNAUTHORIZED", fault.getFaultInfo().getRule());
        } finally {
            tracker.close();
        }
    }
}
