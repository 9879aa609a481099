package org.switchboard.server.knowledge.internal.rest;

import org.switchboard.server.knowledge.KnowledgeBase;
import org.switchboard.server.rest.RestEndpoint;

/** Mounts the knowledge base's resource on a REST API at {@code knowledge}. */
public final class KnowledgeApi {

    public static final String SEGMENT = "knowledge";

    private KnowledgeApi() {
    }

    /** Serves {@code knowledge} until the returned handle is closed. */
    public static AutoCloseable serve(KnowledgeBase knowledge, RestEndpoint rest) {
        return rest.mount(SEGMENT, new KnowledgeResource(knowledge, rest.access()));
    }
}
