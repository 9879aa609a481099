package org.switchboard.connector.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.connector.ConnectionSettings;
import org.switchboard.connector.ConnectorEvent.StateReconciled;
import org.switchboard.connector.ConnectorSession;
import org.switchboard.connector.KnowledgeService;
import org.switchboard.server.knowledge.ArticleDraft;
import org.switchboard.server.knowledge.internal.LuceneKnowledgeBase;

/** The knowledge base through the REST connector against the reference server on loopback. */
class KnowledgeConnectorTest {

    private static final Duration WAIT = EventLog.WAIT;

    @TempDir
    Path data;

    @RegisterExtension
    final ConnectorSessions sessions = new ConnectorSessions();

    private static <T> T done(CompletionStage<T> stage) throws Exception {
        return stage.toCompletableFuture().get(WAIT.toSeconds(), TimeUnit.SECONDS);
    }

    @Test
    void anAgentSearchesReadsUsesRatesAndProposes() throws Exception {
        ServerUnderTest server = new ServerUnderTest();
        sessions.closeAfter(server);
        LuceneKnowledgeBase kb = server.serveKnowledge(data.resolve("kb"));
        String id = kb.publishAll(List.of(new ArticleDraft("Refund times by payment method",
                "Card refunds arrive in **3 to 5** working days.", List.of("payments", "returns"), "en",
                List.of("support"))), "author").get(0);
        EventLog log = new EventLog();
        ConnectorSession session = sessions.open(ConnectionSettings.of(server.baseUri(), "a1", "a1-demo".toCharArray(),
                data.resolve("a1")), log);
        log.await(StateReconciled.class, r -> true);
        KnowledgeService knowledge = session.adapt(KnowledgeService.class).orElseThrow();

        KnowledgeService.Results found = done(knowledge.search(KnowledgeService.Query.of("refnud card")));
        assertEquals(1, found.total());
        assertEquals("<mark>Refund</mark> times by payment method", found.hits().get(0).title());
        assertTrue(found.hits().get(0).fragments().get(0).contains("<mark>Card</mark>"), found.toString());
        assertEquals(List.of(new KnowledgeService.FacetCount("payments", 1), new KnowledgeService.FacetCount("returns", 1)),
                found.tags());
        assertEquals(List.of(new KnowledgeService.Suggestion(id, "Refund times by payment method")),
                done(knowledge.suggest("refund ti")));

        KnowledgeService.Article article = done(knowledge.article(id));
        assertTrue(article.html().contains("<strong>3 to 5</strong>"), article.html());
        done(knowledge.used(id));
        done(knowledge.rate(id, true));
        assertEquals(1, done(knowledge.article(id)).uses());
        assertEquals(1, kb.article(id).orElseThrow().stats().helpful());

        KnowledgeService.Proposal p = done(knowledge.propose(null, "Gift wrapping", "We wrap gifts.", List.of("gifts")));
        assertEquals(KnowledgeService.ReviewState.PENDING, p.state());
        kb.reject(p.id(), "km", "we do not wrap gifts");
        KnowledgeService.Proposal reviewed = done(knowledge.proposals()).get(0);
        assertEquals(KnowledgeService.ReviewState.REJECTED, reviewed.state());
        assertEquals("we do not wrap gifts", reviewed.reviewNote());

        ExecutionException bad = org.junit.jupiter.api.Assertions.assertThrows(ExecutionException.class,
                () -> done(knowledge.search(KnowledgeService.Query.of("refund AND"))));
        KnowledgeService.QuerySyntaxException syntax = (KnowledgeService.QuerySyntaxException) bad.getCause();
        assertEquals(10, syntax.position());
    }
}
