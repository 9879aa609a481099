package org.switchboard.connector.soap;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.xml.ws.BindingProvider;

import org.apache.cxf.endpoint.Client;
import org.apache.cxf.endpoint.Endpoint;
import org.apache.cxf.frontend.ClientProxy;
import org.apache.cxf.jaxws.JaxWsProxyFactoryBean;
import org.apache.cxf.message.Message;
import org.apache.cxf.service.invoker.MethodDispatcher;
import org.switchboard.callcontrol.CallControl;
import org.switchboard.callcontrol.CallControlWsdl;

/**
 * Creates SOAP clients of the CTI call-control service, bound to the contract's WSDL
 * ({@link CallControlWsdl}), the one the server publishes. CXF builds the client's service model
 * from that WSDL and maps the interface's methods onto the binding's operations; a method that maps to none is
 * refused here (CXF itself would only fail when the method is called), so a contract that drifted
 * from the WSDL fails at creation rather than on the wire.
 * <p>
 * Threading: creating a client reads the WSDL and may take a few hundred milliseconds; every
 * call on the returned proxy is a blocking HTTP exchange. Never use either on the UI thread.
 * A proxy may be shared between threads as long as its request context is not changed.
 */
public final class CallControlClients {

    private CallControlClients() {
    }

    /**
     * A call-control client talking to the endpoint at {@code address}.
     *
     * @param timeout how long to wait for the connection and then for each answer
     */
    public static CallControl create(URI address, Duration timeout) {
        return create(CallControl.class, address, timeout);
    }

    /**
     * Same as {@link #create(URI, Duration)} for any interface that claims to implement the WSDL's
     * port type.
     *
     * @throws IllegalArgumentException when a method of {@code contract} has no operation in the WSDL
     */
    public static <T> T create(Class<T> contract, URI address, Duration timeout) {
        JaxWsProxyFactoryBean factory = new JaxWsProxyFactoryBean();
        factory.setServiceClass(contract);
        factory.setWsdlURL(CallControlWsdl.location().toExternalForm());
        factory.setServiceName(CallControl.SERVICE);
        factory.setEndpointName(CallControl.PORT);
        factory.setAddress(address.toString());
        T port = factory.create(contract);
        requireEveryMethodBound(contract, ClientProxy.getClient(port));
        Map<String, Object> context = ((BindingProvider) port).getRequestContext();
        context.put(Message.CONNECTION_TIMEOUT, timeout.toMillis());
        context.put(Message.RECEIVE_TIMEOUT, timeout.toMillis());
        return port;
    }

    private static void requireEveryMethodBound(Class<?> contract, Client client) {
        Endpoint endpoint = client.getEndpoint();
        MethodDispatcher dispatcher = (MethodDispatcher) endpoint.getService().get(MethodDispatcher.class.getName());
        List<String> unbound = new ArrayList<>();
        for (Method method : contract.getMethods()) {
            if (Modifier.isStatic(method.getModifiers()) || method.isDefault()) {
                continue;
            }
            if (dispatcher == null || dispatcher.getBindingOperation(method, endpoint) == null) {
                unbound.add(method.getName());
            }
        }
        if (!unbound.isEmpty()) {
            client.destroy();
            throw new IllegalArgumentException(contract.getName() + " does not match " + CallControlWsdl.PATH
                    + ": no binding operation for " + unbound);
        }
    }
}
