package org.switchboard.callcontrol;

import javax.jws.WebMethod;
import javax.jws.WebParam;
import javax.jws.WebResult;
import javax.jws.WebService;
import javax.jws.soap.SOAPBinding;
import javax.xml.namespace.QName;

/**
 * CTI call control of the server, port type {@code CallControl} of {@code wsdl/CallControl.wsdl}
 * ({@code urn:switchboard:callcontrol:2}). Every request names the agent session by its bearer
 * token; a refusal is a {@link CallControlFault} naming the rule. On a client every operation is a
 * blocking network call.
 */
@WebService(name = "CallControl", targetNamespace = CallControl.NAMESPACE)
@SOAPBinding(parameterStyle = SOAPBinding.ParameterStyle.BARE)
public interface CallControl {

    String NAMESPACE = "urn:switchboard:callcontrol:2";
    QName SERVICE = new QName(NAMESPACE, "CallControlService");
    QName PORT = new QName(NAMESPACE, "CallControlPort");

    /** Answers the call ringing for the agent. */
    @WebMethod(operationName = "answer", action = NAMESPACE + ":answer")
    @WebResult(name = "answerResponse", targetNamespace = NAMESPACE, partName = "parameters")
    CallStatus answer(@WebParam(name = "answer", targetNamespace = NAMESPACE, partName = "parameters") CallRequest request)
            throws CallControlFault;

    /** Puts the customer on hold. */
    @WebMethod(operationName = "hold", action = NAMESPACE + ":hold")
    @WebResult(name = "holdResponse", targetNamespace = NAMESPACE, partName = "parameters")
    CallStatus hold(@WebParam(name = "hold", targetNamespace = NAMESPACE, partName = "parameters") CallRequest request)
            throws CallControlFault;

    /** Takes the customer off hold. */
    @WebMethod(operationName = "retrieve", action = NAMESPACE + ":retrieve")
    @WebResult(name = "retrieveResponse", targetNamespace = NAMESPACE, partName = "parameters")
    CallStatus retrieve(@WebParam(name = "retrieve", targetNamespace = NAMESPACE, partName = "parameters") CallRequest request)
            throws CallControlFault;

    /** Consults an agent or a dial number; the customer is put on hold. */
    @WebMethod(operationName = "consult", action = NAMESPACE + ":consult")
    @WebResult(name = "consultResponse", targetNamespace = NAMESPACE, partName = "parameters")
    CallStatus consult(@WebParam(name = "consult", targetNamespace = NAMESPACE, partName = "parameters") TargetRequest request)
            throws CallControlFault;

    /** Transfers the call to the consulted agent (warm transfer). */
    @WebMethod(operationName = "transfer", action = NAMESPACE + ":transfer")
    @WebResult(name = "transferResponse", targetNamespace = NAMESPACE, partName = "parameters")
    CallStatus transfer(@WebParam(name = "transfer", targetNamespace = NAMESPACE, partName = "parameters") CallRequest request)
            throws CallControlFault;

    /** Transfers without consulting, to an agent, queue, entry point or dial number. */
    @WebMethod(operationName = "blindTransfer", action = NAMESPACE + ":blindTransfer")
    @WebResult(name = "blindTransferResponse", targetNamespace = NAMESPACE, partName = "parameters")
    CallStatus blindTransfer(@WebParam(name = "blindTransfer", targetNamespace = NAMESPACE, partName = "parameters") TargetRequest request)
            throws CallControlFault;

    /** Joins the customer, the agent and the consulted party. */
    @WebMethod(operationName = "conference", action = NAMESPACE + ":conference")
    @WebResult(name = "conferenceResponse", targetNamespace = NAMESPACE, partName = "parameters")
    CallStatus conference(@WebParam(name = "conference", targetNamespace = NAMESPACE, partName = "parameters") CallRequest request)
            throws CallControlFault;

    /** Sends DTMF digits on the call. */
    @WebMethod(operationName = "sendDtmf", action = NAMESPACE + ":sendDtmf")
    @WebResult(name = "sendDtmfResponse", targetNamespace = NAMESPACE, partName = "parameters")
    CallStatus sendDtmf(@WebParam(name = "sendDtmf", targetNamespace = NAMESPACE, partName = "parameters") DtmfRequest request)
            throws CallControlFault;

    /** Hangs up: ends the call (or the consult or conference the agent leads). */
    @WebMethod(operationName = "release", action = NAMESPACE + ":release")
    @WebResult(name = "releaseResponse", targetNamespace = NAMESPACE, partName = "parameters")
    CallStatus release(@WebParam(name = "release", targetNamespace = NAMESPACE, partName = "parameters") CallRequest request)
            throws CallControlFault;

    /** Pauses the call recording. */
    @WebMethod(operationName = "pauseRecording", action = NAMESPACE + ":pauseRecording")
    @WebResult(name = "pauseRecordingResponse", targetNamespace = NAMESPACE, partName = "parameters")
    CallStatus pauseRecording(@WebParam(name = "pauseRecording", targetNamespace = NAMESPACE, partName = "parameters") CallRequest request)
            throws CallControlFault;

    /** Resumes the call recording. */
    @WebMethod(operationName = "resumeRecording", action = NAMESPACE + ":resumeRecording")
    @WebResult(name = "resumeRecordingResponse", targetNamespace = NAMESPACE, partName = "parameters")
    CallStatus resumeRecording(@WebParam(name = "resumeRecording", targetNamespace = NAMESPACE, partName = "parameters") CallRequest request)
            throws CallControlFault;
}
