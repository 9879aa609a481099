package org.switchboard.server.knowledge.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;

import org.switchboard.server.knowledge.Article;
import org.switchboard.server.knowledge.ArticleDraft;
import org.switchboard.server.knowledge.ArticleVersion;
import org.switchboard.server.knowledge.KnowledgeBase;
import org.switchboard.server.knowledge.Proposal;
import org.switchboard.server.knowledge.SearchQuery;
import org.switchboard.server.knowledge.SearchResults;
import org.switchboard.server.knowledge.Suggestion;

/**
 * The knowledge base in a folder: the store ({@code knowledge.mv.db}) is what is kept, the Lucene
 * index ({@code index/}) is rebuilt from it when it does not hold every article (a first start, a
 * lost or older index).
 */
public final class LuceneKnowledgeBase implements KnowledgeBase, AutoCloseable {

    static final int MAX_PROPOSALS_LISTED = 200;
    private static final String SYSTEM = "system";

    private final ArticleStore store;
    private final ArticleIndex index;
    private final ArticleSearch search;
    private final MarkdownRenderer markdown = new MarkdownRenderer();
    private final Clock clock;

    public LuceneKnowledgeBase(Path folder, Clock clock) {
        this.clock = clock;
        try {
            Files.createDirectories(folder);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        store = new ArticleStore(folder);
        ArticleIndex opened;
        try {
            opened = new ArticleIndex(folder.resolve("index"));
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
        index = opened;
        search = new ArticleSearch(index);
        if (index.size() != store.size()) {
            rebuildIndex();
        }
    }

    /** Indexes every article's newest version again. */
    public void rebuildIndex() {
        index.deleteAll();
        store.forEachCurrent(a -> index.put(a.id(), a.content(), markdown.text(a.content().body())));
        index.commit();
    }

    /** Publishes many new articles at once (a corpus loaded at first start), indexed in one commit. */
    public List<String> publishAll(List<ArticleDraft> drafts, String author) {
        List<String> ids = store.publishNew(drafts, author, SYSTEM, clock.instant());
        for (int i = 0; i < ids.size(); i++) {
            index.put(ids.get(i), drafts.get(i), markdown.text(drafts.get(i).body()));
        }
        index.commit();
        return ids;
    }

    /** The index's size on disk, in bytes. */
    public long indexBytes() {
        return index.bytes();
    }

    @Override
    public SearchResults search(SearchQuery query) {
        return search.search(query);
    }

    @Override
    public List<Suggestion> suggest(String prefix, int limit) {
        if (prefix == null || prefix.isBlank()) {
            return List.of();
        }
        if (prefix.length() > SearchQuery.MAX_TEXT || limit < 1 || limit > SearchQuery.MAX_LIMIT) {
            throw new IllegalArgumentException("a suggestion needs up to " + SearchQuery.MAX_TEXT
                    + " characters and a limit between 1 and " + SearchQuery.MAX_LIMIT);
        }
        return search.suggest(prefix, limit);
    }

    @Override
    public Optional<Article> article(String id) {
        return store.current(id).map(s -> new Article(s.id(), s.version(), s.content(),
                markdown.html(s.content().body()), s.author(), s.published(), s.stats()));
    }

    @Override
    public List<ArticleVersion> versions(String id) {
        List<ArticleVersion> versions = store.versions(id);
        if (versions.isEmpty()) {
            throw new NoSuchElementException("There is no article " + id + ".");
        }
        return versions;
    }

    @Override
    public void used(String id) {
        if (!store.count(id, "uses")) {
            throw new NoSuchElementException("There is no article " + id + ".");
        }
    }

    @Override
    public void rated(String id, boolean helpful) {
        if (!store.count(id, helpful ? "helpful" : "not_helpful")) {
            throw new NoSuchElementException("There is no article " + id + ".");
        }
    }

    @Override
    public Proposal propose(String author, String articleId, ArticleDraft content) {
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(content, "content");
        int base = 0;
        if (articleId != null) {
            base = store.current(articleId)
                    .orElseThrow(() -> new NoSuchElementException("There is no article " + articleId + "."))
                    .version();
        }
        return store.addProposal(articleId, base, author, content, clock.instant());
    }

    @Override
    public List<Proposal> proposals(String author, Proposal.State state) {
        return store.proposals(author, state, MAX_PROPOSALS_LISTED);
    }

    @Override
    public Optional<Proposal> proposal(String id) {
        return store.proposal(id);
    }

    @Override
    public synchronized Proposal publish(String proposalId, String reviewer, String note) {
        Proposal p = pending(proposalId);
        String articleId = p.articleId();
        int version;
        if (articleId == null) {
            articleId = store.publishNew(List.of(p.content()), p.author(), reviewer, clock.instant()).get(0);
            version = 1;
        } else {
            version = store.publishEdit(articleId, p.content(), p.author(), reviewer, clock.instant());
        }
        store.review(proposalId, Proposal.State.PUBLISHED, articleId, version, reviewer, note, clock.instant());
        index.put(articleId, p.content(), markdown.text(p.content().body()));
        index.commit();
        return store.proposal(proposalId).orElseThrow();
    }

    @Override
    public synchronized Proposal reject(String proposalId, String reviewer, String note) {
        Proposal p = pending(proposalId);
        store.review(proposalId, Proposal.State.REJECTED, p.articleId(), 0, reviewer, note, clock.instant());
        return store.proposal(proposalId).orElseThrow();
    }

    private Proposal pending(String proposalId) {
        Proposal p = store.proposal(proposalId)
                .orElseThrow(() -> new NoSuchElementException("There is no proposal " + proposalId + "."));
        if (p.state() != Proposal.State.PENDING) {
            throw new IllegalStateException("Proposal " + proposalId + " was reviewed already ("
                    + p.state().name().toLowerCase(java.util.Locale.ROOT) + ").");
        }
        return p;
    }

    @Override
    public int size() {
        return store.size();
    }

    @Override
    public void close() {
        try {
            index.close();
        } finally {
            store.close();
        }
    }
}
