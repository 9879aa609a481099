package org.switchboard.core.voice;

import java.time.Duration;
import java.util.Optional;

import org.switchboard.core.ActionRefusedException;
import org.switchboard.core.Rule;
import org.switchboard.core.internal.Require;
import org.switchboard.core.wrapup.WrapUpCatalog;

/**
 * Administrator settings for calls.
 *
 * @param conferenceLimit  most parties in a conference, customer and agent 1 included (at least 3)
 * @param recordingEnabled whether calls are recorded (and recording can be paused)
 * @param privacyShield    if set, a recording pause resumes by itself after this long
 * @param ringTimeout      how long an offered call rings before it returns to its queue
 * @param consultTimeout   how long a consult request rings before it fails
 */
public record CallPolicy(int conferenceLimit, boolean recordingEnabled, Optional<Duration> privacyShield,
        Duration ringTimeout, Duration consultTimeout, WrapUpCatalog wrapUps) {

    public static final int DEFAULT_CONFERENCE_LIMIT = 8;

    public CallPolicy {
        Require.present(privacyShield, "privacy shield");
        Require.present(ringTimeout, "ring timeout");
        Require.present(consultTimeout, "consult timeout");
        Require.present(wrapUps, "wrap-up catalog");
        if (conferenceLimit < 3) {
            throw new ActionRefusedException(Rule.CONFERENCE_FULL, "limit must be at least 3, was " + conferenceLimit);
        }
        if (!positive(ringTimeout) || !positive(consultTimeout) || privacyShield.map(d -> !positive(d)).orElse(false)) {
            throw new ActionRefusedException(Rule.INVALID_TIMEOUT);
        }
    }

    private static boolean positive(Duration d) {
        return !d.isNegative() && !d.isZero();
    }

    public static CallPolicy defaults() {
        return new CallPolicy(DEFAULT_CONFERENCE_LIMIT, true, Optional.empty(), Duration.ofSeconds(20),
                Duration.ofSeconds(30), WrapUpCatalog.defaults());
    }

    public CallPolicy withConferenceLimit(int limit) {
        return new CallPolicy(limit, recordingEnabled, privacyShield, ringTimeout, consultTimeout, wrapUps);
    }

    public CallPolicy withRecording(boolean enabled) {
        return new CallPolicy(conferenceLimit, enabled, privacyShield, ringTimeout, consultTimeout, wrapUps);
    }

    public CallPolicy withPrivacyShield(Duration pause) {
        return new CallPolicy(conferenceLimit, recordingEnabled, Optional.of(Require.present(pause, "pause")),
                ringTimeout, consultTimeout, wrapUps);
    }
}
