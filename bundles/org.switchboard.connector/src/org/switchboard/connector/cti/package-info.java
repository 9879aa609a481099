/**
 * For connector implementations: live voice call control sent over a CTI protocol of its own (the
 * server's SOAP call-control endpoint) while the session carries everything else. A bundle that
 * speaks such a protocol registers a {@link org.switchboard.connector.cti.CallControlClientFactory}
 * as an OSGi service; a connector whose settings choose that protocol opens its clients through it.
 */
package org.switchboard.connector.cti;
