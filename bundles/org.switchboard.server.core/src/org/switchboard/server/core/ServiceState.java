package org.switchboard.server.core;

/** What the server tells desktops about itself, so they can fail over to a secondary server. */
public enum ServiceState {
    IN_SERVICE, PARTIAL_SERVICE, OUT_OF_SERVICE
}
