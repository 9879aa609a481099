/**
 * The SOAP call-control contract of {@code wsdl/CallControl.wsdl} ({@code urn:switchboard:callcontrol:2}),
 * shared by the server that publishes it and the clients that call it: the WSDL itself
 * ({@link org.switchboard.callcontrol.CallControlWsdl}), the JAX-WS service endpoint interface, its
 * fault and the JAXB types of the messages. These classes mirror the WSDL by hand; the client
 * factory refuses a binding where the two drift apart.
 */
@XmlSchema(namespace = CallControl.NAMESPACE, elementFormDefault = XmlNsForm.QUALIFIED)
package org.switchboard.callcontrol;

import javax.xml.bind.annotation.XmlNsForm;
import javax.xml.bind.annotation.XmlSchema;
