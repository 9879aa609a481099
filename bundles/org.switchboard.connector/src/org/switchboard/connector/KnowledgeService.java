package org.switchboard.connector;

import java.util.List;
import java.util.concurrent.CompletionStage;

/**
 * The knowledge base, for the knowledge view still to come; the contract may grow before it is
 * final. Never blocks; the stage completes on a connector thread.
 */
public interface KnowledgeService {

    record Article(String id, String title, String summary) {
    }

    CompletionStage<List<Article>> search(String query);
}
