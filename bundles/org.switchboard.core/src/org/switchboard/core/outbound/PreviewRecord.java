package org.switchboard.core.outbound;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import org.switchboard.core.ActionRefusedException;
import org.switchboard.core.Rule;
import org.switchboard.core.dial.DialString;
import org.switchboard.core.internal.Require;

/**
 * A calling record of a preview campaign: the agent reviews it, then accepts (the call is dialled),
 * rejects it, or reschedules the attempt. Not thread-safe.
 */
public final class PreviewRecord {

    private final String id;
    private final String campaignId;
    private final DialString number;
    private final Map<String, String> fields;
    private PreviewState state = PreviewState.REVIEW;
    private Instant rescheduledTo;

    public PreviewRecord(String id, String campaignId, DialString number, Map<String, String> fields) {
        this.id = Require.text(id, "record id");
        this.campaignId = Require.text(campaignId, "campaign id");
        this.number = Require.present(number, "number");
        this.fields = Map.copyOf(Require.present(fields, "fields"));
    }

    public String id() {
        return id;
    }

    public String campaignId() {
        return campaignId;
    }

    public DialString number() {
        return number;
    }

    /** What the agent reviews before deciding. */
    public Map<String, String> fields() {
        return fields;
    }

    public PreviewState state() {
        return state;
    }

    public Optional<Instant> rescheduledTo() {
        return Optional.ofNullable(rescheduledTo);
    }

    private void inReview() {
        if (state != PreviewState.REVIEW) {
            throw new ActionRefusedException(Rule.NOT_ALLOWED_IN_STATE, state.name());
        }
    }

    /** Accepts the record; the returned number is dialled. */
    public DialString accept() {
        inReview();
        state = PreviewState.ACCEPTED;
        return number;
    }

    public void reject() {
        inReview();
        state = PreviewState.REJECTED;
    }

    public void reschedule(Instant at, Instant now) {
        inReview();
        Require.present(at, "new time");
        Require.present(now, "now");
        if (!at.isAfter(now)) {
            throw new ActionRefusedException(Rule.RESCHEDULE_NOT_IN_FUTURE, at.toString());
        }
        rescheduledTo = at;
        state = PreviewState.RESCHEDULED;
    }
}
