package org.switchboard.core.outbound;

public enum PreviewState {
    /** Shown to the agent for review. */
    REVIEW, ACCEPTED, REJECTED, RESCHEDULED
}
