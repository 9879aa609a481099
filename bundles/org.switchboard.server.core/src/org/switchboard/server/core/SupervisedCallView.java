package org.switchboard.server.core;

/**
 * A call a supervisor listens to, as its stream reports it.
 *
 * @param mode      MONITOR (heard by nobody), WHISPER (heard by the agent only), BARGE (heard by all),
 *                  or ENDED once the call ended or the supervisor stopped
 * @param callState the call's phase
 */
public record SupervisedCallView(String interactionId, String agentId, String agentName, String customer,
        String callState, String mode) {

    public static final String MONITOR = "MONITOR";
    public static final String WHISPER = "WHISPER";
    public static final String BARGE = "BARGE";
    public static final String ENDED = "ENDED";
}
