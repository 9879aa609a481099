package org.switchboard.core.chat;

import java.time.Instant;

import org.switchboard.core.ActionRefusedException;
import org.switchboard.core.Rule;
import org.switchboard.core.internal.Require;

/** Where a mobile customer's device was, as the mobile application reported it. */
public record Location(double latitude, double longitude, double accuracyMeters, Instant at) {

    public Location {
        Require.present(at, "location time");
        if (!(latitude >= -90 && latitude <= 90) || !(longitude >= -180 && longitude <= 180)
                || !(accuracyMeters >= 0) || Double.isInfinite(accuracyMeters)) {
            throw new ActionRefusedException(Rule.INVALID_LOCATION,
                    "latitude -90..90, longitude -180..180, accuracy >= 0");
        }
    }
}
