package org.switchboard.server.core;

import java.util.Map;

/**
 * Parameters of an action; each action reads the ones it needs.
 *
 * @param target      CONSULT, BLIND_TRANSFER, TRANSFER of a chat
 * @param digits      SEND_DTMF
 * @param party       TRANSFER to a conference member
 * @param disposition WRAP_UP: a configured wrap-up reason code
 * @param notes       WRAP_UP
 * @param text        SEND (chat)
 * @param name        EDIT_CAD: the variable
 * @param value       EDIT_CAD: its new value ("" clears it)
 * @param version     EDIT_CAD: the variable's version the edit started from, as the agent was shown it
 * @param cad         EDIT_CAD of several variables at once (name to value), each from the version the
 *                    agent was last shown; all are saved or none
 * @param followUp    WRAP_UP: a follow-up activity to schedule with it
 */
public record ActionParams(TargetSpec target, String digits, String party, String disposition, String notes,
        String text, String name, String value, Long version, Map<String, String> cad, FollowUpRequest followUp) {

    public ActionParams(TargetSpec target, String digits, String party, String disposition, String notes,
            String text, String name, String value, Long version, Map<String, String> cad) {
        this(target, digits, party, disposition, notes, text, name, value, version, cad, null);
    }

    public ActionParams(TargetSpec target, String digits, String party, String disposition, String notes,
            String text) {
        this(target, digits, party, disposition, notes, text, null, null, null, null, null);
    }

    public static ActionParams wrapUp(String disposition, String notes, FollowUpRequest followUp) {
        return new ActionParams(null, null, null, disposition, notes, null, null, null, null, null, followUp);
    }

    public static ActionParams none() {
        return new ActionParams(null, null, null, null, null, null);
    }

    public static ActionParams cadEdit(String name, String value, long version) {
        return new ActionParams(null, null, null, null, null, null, name, value, version, null, null);
    }
}
