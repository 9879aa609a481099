package org.switchboard.connector.soap.tests;

import javax.jws.WebMethod;
import javax.jws.WebParam;
import javax.jws.WebResult;
import javax.jws.WebService;
import javax.jws.soap.SOAPBinding;

import org.switchboard.callcontrol.CallControl;
import org.switchboard.callcontrol.CallRequest;
import org.switchboard.callcontrol.CallStatus;

/** A contract that claims the WSDL's port type but has an operation the WSDL does not define. */
@WebService(name = "CallControl", targetNamespace = CallControl.NAMESPACE)
@SOAPBinding(parameterStyle = SOAPBinding.ParameterStyle.BARE)
public interface DriftedCallControl {

    @WebMethod(operationName = "park")
    @WebResult(name = "parkResponse", targetNamespace = CallControl.NAMESPACE, partName = "parameters")
    CallStatus park(@WebParam(name = "park", targetNamespace = CallControl.NAMESPACE, partName = "parameters") CallRequest request);
}
