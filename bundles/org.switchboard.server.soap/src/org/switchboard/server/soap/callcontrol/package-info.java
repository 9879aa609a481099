/**
 * The server's call-control contract of {@code wsdl/CallControl.wsdl} ({@code urn:switchboard:callcontrol:2}):
 * the JAX-WS service endpoint interface, its fault and the JAXB types of the messages, written by
 * hand to mirror the WSDL. Clients bind them to the published WSDL ({@code ?wsdl}).
 */
@XmlSchema(namespace = CallControl.NAMESPACE, elementFormDefault = XmlNsForm.QUALIFIED)
package org.switchboard.server.soap.callcontrol;

import javax.xml.bind.annotation.XmlNsForm;
import javax.xml.bind.annotation.XmlSchema;
