package org.switchboard.server.core;

import java.time.Clock;
import java.time.Duration;

import org.switchboard.server.core.internal.ContactCenterEngine;
import org.switchboard.server.core.store.ServerStore;

/** Starts contact centers outside Declarative Services: embedded servers and tests. */
public final class ContactCenters {

    private ContactCenters() {
    }

    /**
     * @param clock      the time every rule reads; a test passes one it moves itself
     * @param tickPeriod how often the time-driven rules run by themselves, or null for never (the
     *                   caller then runs {@link ContactCenter#tick()})
     */
    public static RunningContactCenter start(ServerConfig config, Clock clock, Duration tickPeriod) {
        return new ContactCenterEngine(config, clock, tickPeriod);
    }

    /** As {@link #start(ServerConfig, Clock, Duration)}, writing what must outlive it to {@code store}. */
    public static RunningContactCenter start(ServerConfig config, Clock clock, Duration tickPeriod, ServerStore store) {
        return new ContactCenterEngine(config, clock, tickPeriod, store);
    }
}
