package org.switchboard.connector;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CompletionStage;

/**
 * The agent's calendar of follow-up activities: call backs and tasks due at a wall-clock time in a
 * time zone, each reminded once ({@link ConnectorEvent.Reminder}). A follow-up is also scheduled with
 * a wrap-up ({@link TelephonyService#wrapUp(String, String, String, FollowUpRequest)} and the chat and
 * email services' alike).
 * <p>
 * Threading: never blocks; every stage completes on a connector thread. A refusal (a time in the
 * past, an unknown zone) completes the stage with an {@link ActionRefusal} naming the rule.
 */
public interface CalendarService {

    enum Kind {
        CALL_BACK, TASK
    }

    enum State {
        SCHEDULED, REMINDED, DONE
    }

    /**
     * A follow-up to schedule.
     *
     * @param reminder      how long before the due time the agent is reminded (zero: at the due time)
     * @param contactName   from the calendar: whom it concerns (with a wrap-up: the interaction's customer)
     * @param contactNumber from the calendar: the number a call back dials
     * @param interactionId from the calendar: the interaction it belongs to, or null
     */
    record FollowUpRequest(Kind kind, LocalDateTime due, ZoneId zone, Duration reminder, String notes,
            String contactName, String contactNumber, String interactionId) {

        /** One scheduled with a wrap-up: its contact and interaction are the interaction's. */
        public static FollowUpRequest withWrapUp(Kind kind, LocalDateTime due, ZoneId zone, Duration reminder,
                String notes) {
            return new FollowUpRequest(kind, due, zone, reminder, notes, null, null, null);
        }
    }

    /** A follow-up in the calendar; {@code due} is {@code localDue} in {@code zone}. */
    record FollowUp(String id, Kind kind, Instant due, LocalDateTime localDue, ZoneId zone, Duration reminder,
            Instant remindAt, String notes, String contactName, String contactNumber, String interactionId,
            State state) {

        public boolean canCallBack() {
            return state != State.DONE && contactNumber != null && !contactNumber.isBlank();
        }
    }

    /** The follow-ups due in [{@code from}, {@code to}), by due time. */
    CompletionStage<List<FollowUp>> followUps(Instant from, Instant to);

    CompletionStage<FollowUp> schedule(FollowUpRequest request);

    /** Marks it done; its reminder, if not sent yet, is not sent. */
    CompletionStage<FollowUp> complete(String followUpId);

    CompletionStage<Void> cancel(String followUpId);

    /**
     * Places the call to the follow-up's contact number (as {@link TelephonyService#placeCall} does) and
     * marks it done; the stage completes with the call.
     */
    CompletionStage<InteractionInfo> callBack(String followUpId);
}
