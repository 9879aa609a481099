package org.switchboard.core.voice;

/** Everything a participant may ask of a call; {@link Call#allowedActions(String)} says which now. */
public enum CallAction {
    ANSWER,
    /** Turn down a ringing call, a consult request or a transfer request. */
    REJECT,
    /** Put the customer on hold. */
    HOLD,
    /** Take the customer off hold (retrieve); during a consult this puts the consulted party on hold. */
    RESUME,
    /** Consult on hold: put the accepted consulted party on hold; the customer comes off hold. */
    HOLD_CONSULT,
    /** Take the consulted party off hold; puts the customer on hold. */
    RESUME_CONSULT,
    MUTE,
    UNMUTE,
    SEND_DTMF,
    /** Hang up: agent 1 ends the call for everyone (as End Consult / End Conference when in one). */
    RELEASE,
    CONSULT,
    ACCEPT_CONSULT,
    /** Warm transfer to the consulted or conferenced agent. */
    TRANSFER,
    /** Transfer without consulting: to an agent, queue, entry point or dial number. */
    BLIND_TRANSFER,
    ACCEPT_TRANSFER,
    CONFERENCE,
    /** The consulted party leaves; agent 1 and the customer continue. */
    EXIT_CONSULT,
    /** Agent 1 ends the consult call; the customer and agent 2 are removed. */
    END_CONSULT,
    EXIT_CONFERENCE,
    END_CONFERENCE,
    PAUSE_RECORDING,
    RESUME_RECORDING,
    /** Edit call-associated data variables. */
    EDIT_CAD,
    WRAP_UP,
    /** The customer hangs up. */
    LEAVE
}
