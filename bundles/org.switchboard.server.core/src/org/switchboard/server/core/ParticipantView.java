package org.switchboard.server.core;

/**
 * One party of an interaction.
 *
 * @param kind CUSTOMER, AGENT, NUMBER, or SUPERVISOR (a supervisor whispering or barged in)
 * @param role the seat of the participant tables: CUSTOMER, AGENT_1 (who handles the call) or AGENT_2
 *             (the consulted, conferenced or transferred-to party); a supervisor's WHISPERING (heard by
 *             the agent only) or BARGED_IN (heard by everyone)
 * @param name an agent's name; null for other parties
 * @param dn   an agent's DN, or the number of a NUMBER party; null when unknown
 * @param team the name of an agent's team; null for other parties
 */
public record ParticipantView(String id, String kind, String role, boolean held, boolean muted, String name,
        String dn, String team) {

    /** A party the server knows nothing more about. */
    public ParticipantView(String id, String kind, String role, boolean held, boolean muted) {
        this(id, kind, role, held, muted, null, null, null);
    }
}
