package org.switchboard.knowledge.ui.internal;

import java.util.concurrent.CompletionStage;
import java.util.function.Function;

import org.eclipse.swt.widgets.Display;
import org.switchboard.connector.KnowledgeService;

/**
 * Searches as the agent types: each change waits for a short pause in typing, then the search runs
 * on the connector's thread, and only the answer to the newest question reaches the UI thread; an
 * answer that arrives after a newer question was asked is dropped. UI thread only.
 */
final class SearchAsTyped {

    /** A pause this long ends a burst of typing. */
    static final int PAUSE_MILLIS = 120;

    interface Answers {
        void results(KnowledgeService.Query query, KnowledgeService.Results results);

        void failed(KnowledgeService.Query query, Throwable failure);
    }

    private final Display display;
    private final Function<KnowledgeService.Query, CompletionStage<KnowledgeService.Results>> search;
    private final Answers answers;
    private final Runnable fire = this::fire;
    private KnowledgeService.Query pending;
    private long asked;
    private long dropped;

    SearchAsTyped(Display display, Function<KnowledgeService.Query, CompletionStage<KnowledgeService.Results>> search,
            Answers answers) {
        this.display = display;
        this.search = search;
        this.answers = answers;
    }

    /** Asks {@code query} after the next pause in typing; an earlier question not yet asked is forgotten. */
    void typed(KnowledgeService.Query query) {
        pending = query;
        display.timerExec(PAUSE_MILLIS, fire);
    }

    /** Asks {@code query} at once (a search chosen rather than typed). */
    void now(KnowledgeService.Query query) {
        display.timerExec(-1, fire);
        pending = query;
        fire();
    }

    private void fire() {
        KnowledgeService.Query query = pending;
        pending = null;
        if (query == null) {
            return;
        }
        long question = ++asked;
        search.apply(query).whenComplete((results, failure) -> onUi(() -> {
            if (question != asked) {
                dropped++;
                return;
            }
            if (failure != null) {
                answers.failed(query, failure instanceof java.util.concurrent.CompletionException c
                        && c.getCause() != null ? c.getCause() : failure);
            } else {
                answers.results(query, results);
            }
        }));
    }

    /** How many answers arrived too late to be shown. */
    long dropped() {
        return dropped;
    }

    void cancel() {
        if (!display.isDisposed()) {
            display.timerExec(-1, fire);
        }
        pending = null;
        asked++;
    }

    private void onUi(Runnable work) {
        if (!display.isDisposed()) {
            display.asyncExec(() -> {
                if (!display.isDisposed()) {
                    work.run();
                }
            });
        }
    }
}
