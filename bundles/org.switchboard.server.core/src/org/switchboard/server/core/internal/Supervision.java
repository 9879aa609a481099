package org.switchboard.server.core.internal;

import java.util.List;

import org.switchboard.core.voice.CallPhase;
import org.switchboard.server.core.ParticipantView;
import org.switchboard.server.core.ServerRefusal;
import org.switchboard.server.core.ServerRefusal.Reason;
import org.switchboard.server.core.SupervisedCallView;

/**
 * Supervisors on calls, as the simulated switch reports them: a monitoring supervisor is no party
 * anyone sees; a whispering one is a party the agent sees and the customer does not; one barged in
 * is a party of the call for everyone. A supervisor listens only to a connected call, and leaves it
 * when it ends. Event-loop confined.
 */
final class Supervision {

    static final String WHISPERING = "WHISPERING";
    static final String BARGED_IN = "BARGED_IN";

    private Supervision() {
    }

    /** The supervisors {@code viewerId} sees on the call, added to {@code parts}. */
    static void parties(VoiceInteraction v, String viewerId, List<ParticipantView> parts) {
        for (VoiceInteraction.Supervision s : v.supervisors.values()) {
            boolean heard = s.mode().equals(SupervisedCallView.BARGE)
                    || s.mode().equals(SupervisedCallView.WHISPER) && v.call.agent1().filter(viewerId::equals).isPresent();
            if (heard) {
                parts.add(new ParticipantView(s.supervisorId(), "SUPERVISOR",
                        s.mode().equals(SupervisedCallView.BARGE) ? BARGED_IN : WHISPERING, false, false, s.name(),
                        null, s.teamName()));
            }
        }
    }

    /** Refuses a mode the switch does not know, and a call that is not connected. */
    static void check(VoiceInteraction v, String mode) {
        if (!List.of(SupervisedCallView.MONITOR, SupervisedCallView.WHISPER, SupervisedCallView.BARGE).contains(mode)) {
            throw new ServerRefusal(Reason.INVALID, "mode must be MONITOR, WHISPER or BARGE");
        }
        if (v.call.phase() == CallPhase.ENDED) {
            throw new ServerRefusal(Reason.CONFLICT, "The call has ended: there is nothing to "
                    + mode.toLowerCase() + (mode.equals(SupervisedCallView.MONITOR) ? "" : " into") + ".");
        }
        if (v.call.phase() == CallPhase.QUEUED || v.call.phase() == CallPhase.OFFERED || v.call.agent1().isEmpty()
                || v.isDialing()) {
            throw new ServerRefusal(Reason.CONFLICT, "The call is " + v.call.phase().name().toLowerCase()
                    + ": a supervisor joins a call once an agent and the customer are connected.");
        }
    }
}
