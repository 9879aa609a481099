package org.switchboard.server.knowledge.internal;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.switchboard.server.knowledge.ArticleDraft;
import org.switchboard.server.knowledge.KnowledgeBase;

/**
 * Opens the server's knowledge base in {@code knowledge/} under the server's data folder (framework
 * property {@code switchboard.server.data}, else {@code data}) and registers it as the
 * {@link KnowledgeBase} service. On a first start it loads the demo corpus unless
 * {@value #CORPUS_PROPERTY} is {@code none}.
 */
@Component(immediate = true)
public final class KnowledgeComponent {

    static final String CORPUS_PROPERTY = "switchboard.knowledge.corpus";
    private static final System.Logger LOG = System.getLogger(KnowledgeComponent.class.getName());

    private final LuceneKnowledgeBase base;
    private final ServiceRegistration<KnowledgeBase> registration;

    @Activate
    public KnowledgeComponent(BundleContext context) {
        base = open(Path.of(Optional.ofNullable(context.getProperty("switchboard.server.data"))
                .filter(s -> !s.isBlank()).orElse("data")).resolve("knowledge"),
                !"none".equals(context.getProperty(CORPUS_PROPERTY)));
        registration = context.registerService(KnowledgeBase.class, base, null);
    }

    /** The knowledge base in {@code folder}, the demo corpus loaded into it if it is empty and {@code demoCorpus}. */
    static LuceneKnowledgeBase open(Path folder, boolean demoCorpus) {
        LuceneKnowledgeBase base = new LuceneKnowledgeBase(folder, Clock.systemUTC());
        if (demoCorpus && base.size() == 0) {
            long t0 = System.nanoTime();
            List<ArticleDraft> corpus = DemoCorpus.articles();
            base.publishAll(corpus, "knowledge-team");
            LOG.log(System.Logger.Level.INFO, "loaded the demo knowledge base: {0} articles in {1} ms", corpus.size(),
                    (System.nanoTime() - t0) / 1_000_000);
        }
        return base;
    }

    @Deactivate
    void deactivate() {
        registration.unregister();
        base.close();
    }
}
