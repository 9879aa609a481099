package org.switchboard.connector.soap.callcontrol;

import javax.jws.WebMethod;
import javax.jws.WebParam;
import javax.jws.WebResult;
import javax.jws.WebService;
import javax.xml.namespace.QName;
import javax.xml.ws.RequestWrapper;
import javax.xml.ws.ResponseWrapper;

/**
 * CTI call control, port type {@code CallControl} of {@code wsdl/CallControl.wsdl}.
 * Every operation is a blocking network call on the client side.
 */
@WebService(name = "CallControl", targetNamespace = CallControl.NAMESPACE)
public interface CallControl {

    String NAMESPACE = "urn:switchboard:callcontrol:1";
    QName SERVICE = new QName(NAMESPACE, "CallControlService");
    QName PORT = new QName(NAMESPACE, "CallControlPort");

    @WebMethod(action = NAMESPACE + ":answer")
    @WebResult(name = "state", targetNamespace = NAMESPACE)
    @RequestWrapper(localName = "answer", targetNamespace = NAMESPACE, className = "org.switchboard.connector.soap.callcontrol.Answer")
    @ResponseWrapper(localName = "answerResponse", targetNamespace = NAMESPACE, className = "org.switchboard.connector.soap.callcontrol.AnswerResponse")
    CallState answer(@WebParam(name = "interactionId", targetNamespace = NAMESPACE) String interactionId)
            throws CallControlFault;

    @WebMethod(action = NAMESPACE + ":hold")
    @WebResult(name = "state", targetNamespace = NAMESPACE)
    @RequestWrapper(localName = "hold", targetNamespace = NAMESPACE, className = "org.switchboard.connector.soap.callcontrol.Hold")
    @ResponseWrapper(localName = "holdResponse", targetNamespace = NAMESPACE, className = "org.switchboard.connector.soap.callcontrol.HoldResponse")
    CallState hold(@WebParam(name = "interactionId", targetNamespace = NAMESPACE) String interactionId)
            throws CallControlFault;
}
