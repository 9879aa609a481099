/**
 * The call-control contract of {@code wsdl/CallControl.wsdl} ({@code urn:switchboard:callcontrol:2},
 * as Switchboard Server publishes it): the JAX-WS service endpoint interface, its fault and the
 * JAXB types of the messages. These classes mirror the WSDL by hand;
 * {@link org.switchboard.connector.soap.CallControlClients} binds them to the WSDL and refuses the
 * binding when they drift apart.
 */
@XmlSchema(namespace = CallControl.NAMESPACE, elementFormDefault = XmlNsForm.QUALIFIED)
package org.switchboard.connector.soap.callcontrol;

import javax.xml.bind.annotation.XmlNsForm;
import javax.xml.bind.annotation.XmlSchema;
