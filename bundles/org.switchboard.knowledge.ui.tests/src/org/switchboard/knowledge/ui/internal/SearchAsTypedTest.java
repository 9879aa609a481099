package org.switchboard.knowledge.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;
import org.switchboard.connector.KnowledgeService;
import org.switchboard.ui.testing.UiDriver;

/** Searching as typed: answers to questions overtaken by newer ones never reach the view. */
class SearchAsTypedTest {

    private final UiDriver driver = UiDriver.forDefaultDisplay();

    @Test
    void anAnswerArrivingAfterANewerQuestionIsDropped() {
        List<CompletableFuture<KnowledgeService.Results>> asked = new CopyOnWriteArrayList<>();
        List<String> shown = new CopyOnWriteArrayList<>();
        SearchAsTyped searching = driver.onUi(() -> new SearchAsTyped(driver.display(), q -> {
            CompletableFuture<KnowledgeService.Results> f = new CompletableFuture<>();
            asked.add(f);
            return f;
        }, new SearchAsTyped.Answers() {
            @Override
            public void results(KnowledgeService.Query query, KnowledgeService.Results results) {
                shown.add(query.text());
            }

            @Override
            public void failed(KnowledgeService.Query query, Throwable failure) {
                shown.add("failed " + query.text());
            }
        }));
        driver.onUi(() -> searching.now(KnowledgeService.Query.of("ref")));
        driver.onUi(() -> searching.now(KnowledgeService.Query.of("refund")));
        KnowledgeService.Results none = new KnowledgeService.Results(0, List.of(), List.of(), List.of());
        asked.get(1).complete(none);
        driver.waitUntil("the newest answer shown", () -> shown.equals(List.of("refund")));
        asked.get(0).complete(none);
        driver.waitUntil("the older answer dropped", () -> driver.onUi(searching::dropped) == 1);
        assertEquals(List.of("refund"), shown);
    }

    @Test
    void typingQuicklyAsksOnlyOnceThePauseComes() {
        List<String> questions = new CopyOnWriteArrayList<>();
        SearchAsTyped searching = driver.onUi(() -> new SearchAsTyped(driver.display(), q -> {
            questions.add(q.text());
            return new CompletableFuture<>();
        }, new SearchAsTyped.Answers() {
            @Override
            public void results(KnowledgeService.Query query, KnowledgeService.Results results) {
            }

            @Override
            public void failed(KnowledgeService.Query query, Throwable failure) {
            }
        }));
        driver.onUi(() -> {
            for (String prefix : List.of("r", "re", "ref", "refu", "refun", "refund")) {
                searching.typed(KnowledgeService.Query.of(prefix));
            }
        });
        driver.waitUntil("the search asked after the pause", () -> !questions.isEmpty());
        assertEquals(List.of("refund"), questions);
    }
}
