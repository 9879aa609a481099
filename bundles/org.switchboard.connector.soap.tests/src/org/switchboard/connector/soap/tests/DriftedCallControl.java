package org.switchboard.connector.soap.tests;

import javax.jws.WebMethod;
import javax.jws.WebParam;
import javax.jws.WebResult;
import javax.jws.WebService;

import org.switchboard.connector.soap.callcontrol.CallControl;
import org.switchboard.connector.soap.callcontrol.CallState;

/** A contract that claims the WSDL's port type but has an operation the WSDL does not define. */
@WebService(name = "CallControl", targetNamespace = CallControl.NAMESPACE)
public interface DriftedCallControl {

    @WebMethod
    @WebResult(name = "state", targetNamespace = CallControl.NAMESPACE)
    CallState transfer(@WebParam(name = "interactionId", targetNamespace = CallControl.NAMESPACE) String interactionId,
            @WebParam(name = "destination", targetNamespace = CallControl.NAMESPACE) String destination);
}
