package org.switchboard.connector;

/** Which of the configured servers a session talks to. */
public enum ServerRole {
    PRIMARY, SECONDARY
}
