package org.switchboard.server.rest.internal;

import java.util.List;

import org.switchboard.server.core.ContactCenter;

/** The resources and providers of {@code /api/v1}. */
public final class Api {

    private final ContactCenter center;
    private final EventStreams streams;
    private final MountedResources mounts = new MountedResources();

    public Api(ContactCenter center, EventStreams streams) {
        this.center = center;
        this.streams = streams;
    }

    public List<Object> resources() {
        Auth auth = new Auth(center);
        return List.of(new SessionResource(center, auth, streams), new AgentResource(center, auth),
                new InteractionResource(center, auth), new CallResource(center, auth), new EventResource(auth, streams),
                new LookupResource(center, auth), new EmailResource(center, auth), new OpenApiResource(), mounts);
    }

    /** Where other bundles' resources are served (see {@code RestEndpoint.mount}). */
    public MountedResources mounts() {
        return mounts;
    }

    public List<Object> providers() {
        return Json.providers();
    }
}
