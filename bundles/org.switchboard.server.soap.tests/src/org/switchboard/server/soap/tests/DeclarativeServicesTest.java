package org.switchboard.server.soap.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.apache.cxf.jaxws.JaxWsProxyFactoryBean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.osgi.framework.BundleContext;
import org.switchboard.callcontrol.CallControl;
import org.switchboard.callcontrol.CallControlFault;
import org.switchboard.callcontrol.CallRequest;
import org.switchboard.server.core.ContactCenter;
import org.switchboard.server.soap.SoapEndpoint;
import org.switchboard.testing.Services;
import org.switchboard.testing.StoreKeepingNothing;

/** The components start the demo contact center and serve its call control, as the headless server does. */
@ExtendWith(StoreKeepingNothing.class)
class DeclarativeServicesTest {

    @Test
    void componentsServeCallControlOfTheDemoContactCenterOnLoopback() {
        BundleContext context = Services.of(getClass());
        SoapEndpoint endpoint = Services.await(context, SoapEndpoint.class);
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
    }
}
