package org.switchboard.server.knowledge.internal;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.switchboard.server.knowledge.KnowledgeBase;
import org.switchboard.server.knowledge.internal.rest.KnowledgeApi;
import org.switchboard.server.rest.RestEndpoint;

/** Serves the knowledge base under {@code /api/v1/knowledge} while it and the REST API run. */
@Component(immediate = true)
public final class KnowledgeApiComponent {

    private static final System.Logger LOG = System.getLogger(KnowledgeApiComponent.class.getName());

    private final AutoCloseable served;

    @Activate
    public KnowledgeApiComponent(@Reference KnowledgeBase knowledge, @Reference RestEndpoint rest) {
        served = KnowledgeApi.serve(knowledge, rest);
    }

    @Deactivate
    void deactivate() {
        try {
            served.close();
        } catch (Exception e) {
            LOG.log(System.Logger.Level.WARNING, "the knowledge endpoints did not stop cleanly", e);
        }
    }
}
