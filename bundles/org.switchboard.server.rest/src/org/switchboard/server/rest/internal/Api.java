package org.switchboard.server.rest.internal;

import java.util.List;

import org.switchboard.server.core.ContactCenter;
import org.switchboard.server.rest.Access;
import org.switchboard.server.rest.StaffAccount;

/** The resources and providers of {@code /api/v1}. */
public final class Api {

    private final ContactCenter center;
    private final EventStreams streams;
    private final MountedResources mounts = new MountedResources();
    private final StaffSessions staff;
    private final Auth auth;

    public Api(ContactCenter center, EventStreams streams, List<StaffAccount> staffAccounts) {
        this.center = center;
        this.streams = streams;
        this.staff = new StaffSessions(staffAccounts);
        this.auth = new Auth(center, staff);
    }

    /** Who the API's tokens belong to and what they may do. */
    public Access access() {
        return auth;
    }

    public List<Object> resources() {
        return List.of(new SessionResource(center, auth, staff, new LoginThrottle(java.time.Clock.systemUTC()), streams), new AgentResource(center, auth),
                new InteractionResource(center, auth), new CallResource(center, auth), new EventResource(auth, streams, new StreamTickets(center, java.time.Clock.systemUTC())),
                new LookupResource(center, auth), new EmailResource(center, auth), new CalendarResource(center, auth),
                new TeamResource(center, auth), new OpenApiResource(), mounts);
    }

    /** Where other bundles' resources are served (see {@code RestEndpoint.mount}). */
    public MountedResources mounts() {
        return mounts;
    }

    public List<Object> providers() {
        return Json.providers();
    }
}
