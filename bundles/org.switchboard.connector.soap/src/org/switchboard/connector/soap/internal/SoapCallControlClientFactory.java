package org.switchboard.connector.soap.internal;

import java.net.URI;
import java.time.Duration;

import org.osgi.service.component.annotations.Component;
import org.switchboard.connector.CallControlProtocol;
import org.switchboard.connector.cti.CallControlClient;
import org.switchboard.connector.cti.CallControlClientFactory;
import org.switchboard.connector.soap.SoapCallControl;
import org.switchboard.core.voice.CallAction;

/** Offers SOAP call control to connectors whose settings choose {@link CallControlProtocol#SOAP}. */
@Component(service = CallControlClientFactory.class)
public final class SoapCallControlClientFactory implements CallControlClientFactory {

    @Override
    public CallControlProtocol protocol() {
        return CallControlProtocol.SOAP;
    }

    @Override
    public boolean supports(CallAction action) {
        return SoapCallControl.supports(action);
    }

    @Override
    public CallControlClient open(URI address, Duration timeout) {
        return new SoapCallControlClient(new SoapCallControl(address, timeout));
    }
}
