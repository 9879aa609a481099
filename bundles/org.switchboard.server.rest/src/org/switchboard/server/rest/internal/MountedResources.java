package org.switchboard.server.rest.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.ws.rs.Path;
import javax.ws.rs.PathParam;

/**
 * Resources other bundles add under one path segment of the API while they run (the customer
 * simulator's {@code /sim}): the API serves them without being restarted, and a path nothing is
 * mounted on answers 404 as any unknown path does.
 */
@Path("/")
public final class MountedResources {

    private final Map<String, Object> mounted = new ConcurrentHashMap<>();

    /** Serves {@code resource} (its methods' paths relative to {@code segment}); false if the segment is taken. */
    public boolean mount(String segment, Object resource) {
        return mounted.putIfAbsent(segment, resource) == null;
    }

    public void unmount(String segment, Object resource) {
        mounted.remove(segment, resource);
    }

    /** The class of each resource mounted now, by its segment. */
    public Map<String, Class<?>> classes() {
        Map<String, Class<?>> out = new java.util.TreeMap<>();
        mounted.forEach((segment, resource) -> out.put(segment, resource.getClass()));
        return out;
    }

    @Path("{segment}")
    public Object resource(@PathParam("segment") String segment) {
        Object resource = mounted.get(segment);
        if (resource == null) {
            throw new ApiException(404, "not-found", "Nothing is served at " + segment + ".");
        }
        return resource;
    }
}
