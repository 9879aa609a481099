package org.switchboard.server.core;

/**
 * Parameters of an action; each action reads the ones it needs.
 *
 * @param target      CONSULT, BLIND_TRANSFER
 * @param digits      SEND_DTMF
 * @param party       TRANSFER to a conference member
 * @param disposition WRAP_UP: a configured wrap-up reason code
 * @param notes       WRAP_UP
 * @param text        SEND (chat)
 */
public record ActionParams(TargetSpec target, String digits, String party, String disposition, String notes,
        String text) {

    public static ActionParams none() {
        return new ActionParams(null, null, null, null, null, null);
    }
}
