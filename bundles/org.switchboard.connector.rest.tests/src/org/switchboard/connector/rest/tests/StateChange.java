package org.switchboard.connector.rest.tests;

/** JSON request body of the test server. */
public record StateChange(String state, String reasonCode, String requestId) {
}
