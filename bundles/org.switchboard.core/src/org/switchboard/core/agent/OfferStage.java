package org.switchboard.core.agent;

/** The two popovers an offer goes through on the desktop. */
public enum OfferStage {
    /** A new contact request is being assigned. */
    CONNECTING,
    /** The agent must act on it before the offer times out into RONA. */
    CONTACT_REQUEST
}
