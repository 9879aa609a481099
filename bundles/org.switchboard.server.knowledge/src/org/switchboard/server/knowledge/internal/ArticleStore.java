package org.switchboard.server.knowledge.internal;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.h2.jdbcx.JdbcDataSource;
import org.switchboard.server.knowledge.ArticleDraft;
import org.switchboard.server.knowledge.ArticleStats;
import org.switchboard.server.knowledge.ArticleVersion;
import org.switchboard.server.knowledge.Proposal;

/**
 * The articles' versions, the proposals and the counters, in an H2 database file of their own
 * ({@code knowledge} in the folder given). The index is built from here; this is what survives.
 */
final class ArticleStore implements AutoCloseable {

    /** An article's newest version as stored. */
    record Stored(String id, int version, ArticleDraft content, String author, Instant published, ArticleStats stats) {
    }

    private static final String SCHEMA = """
            CREATE SEQUENCE IF NOT EXISTS article_seq;
            CREATE SEQUENCE IF NOT EXISTS proposal_seq;
            CREATE TABLE IF NOT EXISTS article (id VARCHAR(40) PRIMARY KEY, version INT NOT NULL,
              uses BIGINT DEFAULT 0 NOT NULL, helpful BIGINT DEFAULT 0 NOT NULL, not_helpful BIGINT DEFAULT 0 NOT NULL);
            CREATE TABLE IF NOT EXISTS article_version (id VARCHAR(40) NOT NULL, version INT NOT NULL,
              title VARCHAR(200) NOT NULL, body CLOB NOT NULL, tags VARCHAR(1000) NOT NULL, language VARCHAR(2) NOT NULL,
              services VARCHAR(1000) NOT NULL, author VARCHAR(100) NOT NULL, published_by VARCHAR(100) NOT NULL,
              published BIGINT NOT NULL, PRIMARY KEY (id, version));
            CREATE TABLE IF NOT EXISTS proposal (id VARCHAR(40) PRIMARY KEY, article_id VARCHAR(40), base_version INT NOT NULL,
              author VARCHAR(100) NOT NULL, title VARCHAR(200) NOT NULL, body CLOB NOT NULL, tags VARCHAR(1000) NOT NULL,
              language VARCHAR(2) NOT NULL, services VARCHAR(1000) NOT NULL, state VARCHAR(16) NOT NULL,
              submitted BIGINT NOT NULL, reviewer VARCHAR(100), review_note VARCHAR(2000), reviewed BIGINT,
              published_version INT DEFAULT 0 NOT NULL);
            """;

    private static final String CURRENT = "SELECT a.id, a.version, v.title, v.body, v.tags, v.language, v.services,"
            + " v.author, v.published, a.uses, a.helpful, a.not_helpful FROM article a"
            + " JOIN article_version v ON v.id = a.id AND v.version = a.version";

    private final Connection db;

    ArticleStore(Path folder) {
        JdbcDataSource source = new JdbcDataSource();
        source.setURL("jdbc:h2:file:" + folder.toAbsolutePath().normalize().resolve("knowledge")
                + ";DB_CLOSE_ON_EXIT=FALSE");
        source.setUser("sa");
        try {
            db = source.getConnection();
            try (Statement s = db.createStatement()) {
                s.execute(SCHEMA);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the knowledge base's store does not open: " + e.getMessage(), e);
        }
    }

    synchronized int size() {
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("SELECT COUNT(*) FROM article")) {
            r.next();
            return r.getInt(1);
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    /** Publishes new articles, all or none; returns their ids in order. */
    synchronized List<String> publishNew(List<ArticleDraft> drafts, String author, String publisher, Instant at) {
        List<String> ids = new ArrayList<>(drafts.size());
        try {
            db.setAutoCommit(false);
            try (PreparedStatement article = db.prepareStatement("INSERT INTO article (id, version) VALUES (?, 1)");
                    PreparedStatement version = db.prepareStatement(insertVersion())) {
                for (ArticleDraft d : drafts) {
                    String id = "kb-" + next("article_seq");
                    ids.add(id);
                    article.setString(1, id);
                    article.addBatch();
                    bindVersion(version, id, 1, d, author, publisher, at);
                    version.addBatch();
                }
                article.executeBatch();
                version.executeBatch();
            }
            db.commit();
            return ids;
        } catch (SQLException e) {
            rollback();
            throw failed(e);
        } finally {
            autoCommit();
        }
    }

    /** Adds the next version of an existing article; returns its number. */
    synchronized int publishEdit(String id, ArticleDraft d, String author, String publisher, Instant at) {
        try {
            db.setAutoCommit(false);
            int version = current(id).orElseThrow(() -> new java.util.NoSuchElementException("no article " + id))
                    .version() + 1;
            try (PreparedStatement v = db.prepareStatement(insertVersion());
                    PreparedStatement a = db.prepareStatement("UPDATE article SET version = ? WHERE id = ?")) {
                bindVersion(v, id, version, d, author, publisher, at);
                v.executeUpdate();
                a.setInt(1, version);
                a.setString(2, id);
                a.executeUpdate();
            }
            db.commit();
            return version;
        } catch (SQLException e) {
            rollback();
            throw failed(e);
        } finally {
            autoCommit();
        }
    }

    synchronized Optional<Stored> current(String id) {
        try (PreparedStatement s = db.prepareStatement(CURRENT + " WHERE a.id = ?")) {
            s.setString(1, id);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? Optional.of(stored(r)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    /** Every article's newest version, in id order, to {@code each} (for building the index). */
    synchronized void forEachCurrent(Consumer<Stored> each) {
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery(CURRENT + " ORDER BY a.id")) {
            while (r.next()) {
                each.accept(stored(r));
            }
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    synchronized List<ArticleVersion> versions(String id) {
        try (PreparedStatement s = db.prepareStatement("SELECT version, title, author, published_by, published"
                + " FROM article_version WHERE id = ? ORDER BY version DESC")) {
            s.setString(1, id);
            List<ArticleVersion> out = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    out.add(new ArticleVersion(r.getInt(1), r.getString(2), r.getString(3), r.getString(4),
                            Instant.ofEpochMilli(r.getLong(5))));
                }
            }
            return out;
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    /** Adds one to a counter (uses, helpful, not_helpful); false for an unknown article. */
    synchronized boolean count(String id, String counter) {
        if (!List.of("uses", "helpful", "not_helpful").contains(counter)) {
            throw new IllegalArgumentException(counter);
        }
        try (PreparedStatement s = db.prepareStatement("UPDATE article SET " + counter + " = " + counter
                + " + 1 WHERE id = ?")) {
            s.setString(1, id);
            return s.executeUpdate() == 1;
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    synchronized Proposal addProposal(String articleId, int baseVersion, String author, ArticleDraft d, Instant at) {
        String id = "p-" + next("proposal_seq");
        try (PreparedStatement s = db.prepareStatement("INSERT INTO proposal (id, article_id, base_version, author,"
                + " title, body, tags, language, services, state, submitted) VALUES (?,?,?,?,?,?,?,?,?,?,?)")) {
            s.setString(1, id);
            s.setString(2, articleId);
            s.setInt(3, baseVersion);
            s.setString(4, author);
            s.setString(5, d.title());
            s.setString(6, d.body());
            s.setString(7, String.join(",", d.tags()));
            s.setString(8, d.language());
            s.setString(9, String.join(",", d.services()));
            s.setString(10, Proposal.State.PENDING.name());
            s.setLong(11, at.toEpochMilli());
            s.executeUpdate();
        } catch (SQLException e) {
            throw failed(e);
        }
        return proposal(id).orElseThrow();
    }

    /** Records the review of a pending proposal; false if it was no longer pending. */
    synchronized boolean review(String id, Proposal.State state, String articleId, int version, String reviewer,
            String note, Instant at) {
        try (PreparedStatement s = db.prepareStatement("UPDATE proposal SET state = ?, article_id = ?,"
                + " published_version = ?, reviewer = ?, review_note = ?, reviewed = ? WHERE id = ? AND state = ?")) {
            s.setString(1, state.name());
            s.setString(2, articleId);
            s.setInt(3, version);
            s.setString(4, reviewer);
            s.setString(5, note);
            s.setLong(6, at.toEpochMilli());
            s.setString(7, id);
            s.setString(8, Proposal.State.PENDING.name());
            return s.executeUpdate() == 1;
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    synchronized Optional<Proposal> proposal(String id) {
        List<Proposal> found = proposals("id = ?", id, 1);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    /** Newest first, at most {@code max}. */
    synchronized List<Proposal> proposals(String author, Proposal.State state, int max) {
        if (author != null && state != null) {
            return proposals("author = ? AND state = '" + state.name() + "'", author, max);
        }
        if (author != null) {
            return proposals("author = ?", author, max);
        }
        return state == null ? proposals("1 = ?", 1, max) : proposals("state = ?", state.name(), max);
    }

    private List<Proposal> proposals(String where, Object value, int max) {
        try (PreparedStatement s = db.prepareStatement("SELECT id, article_id, base_version, author, title, body, tags,"
                + " language, services, state, submitted, reviewer, review_note, reviewed, published_version"
                + " FROM proposal WHERE " + where + " ORDER BY submitted DESC, id DESC LIMIT " + max)) {
            s.setObject(1, value);
            List<Proposal> out = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    long reviewed = r.getLong(14);
                    out.add(new Proposal(r.getString(1), r.getString(2), r.getInt(3), r.getString(4),
                            draft(r, 5), Proposal.State.valueOf(r.getString(10)), Instant.ofEpochMilli(r.getLong(11)),
                            r.getString(12), r.getString(13), r.wasNull() || reviewed == 0 ? null
                                    : Instant.ofEpochMilli(reviewed), r.getInt(15)));
                }
            }
            return out;
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    private static Stored stored(ResultSet r) throws SQLException {
        return new Stored(r.getString(1), r.getInt(2), draft(r, 3), r.getString(8),
                Instant.ofEpochMilli(r.getLong(9)), new ArticleStats(r.getLong(10), r.getLong(11), r.getLong(12)));
    }

    /** The draft from columns title, body, tags, language, services starting at {@code first}. */
    private static ArticleDraft draft(ResultSet r, int first) throws SQLException {
        return new ArticleDraft(r.getString(first), r.getString(first + 1), split(r.getString(first + 2)),
                r.getString(first + 3), split(r.getString(first + 4)));
    }

    private static List<String> split(String joined) {
        return joined.isEmpty() ? List.of() : Arrays.asList(joined.split(","));
    }

    private static String insertVersion() {
        return "INSERT INTO article_version (id, version, title, body, tags, language, services, author,"
                + " published_by, published) VALUES (?,?,?,?,?,?,?,?,?,?)";
    }

    private static void bindVersion(PreparedStatement s, String id, int version, ArticleDraft d, String author,
            String publisher, Instant at) throws SQLException {
        s.setString(1, id);
        s.setInt(2, version);
        s.setString(3, d.title());
        s.setString(4, d.body());
        s.setString(5, String.join(",", d.tags()));
        s.setString(6, d.language());
        s.setString(7, String.join(",", d.services()));
        s.setString(8, author);
        s.setString(9, publisher);
        s.setLong(10, at.toEpochMilli());
    }

    private long next(String sequence) {
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("SELECT NEXT VALUE FOR " + sequence)) {
            r.next();
            return r.getLong(1);
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    private void rollback() {
        try {
            db.rollback();
        } catch (SQLException ignored) {
            // the failure that led here is the one reported
        }
    }

    private void autoCommit() {
        try {
            db.setAutoCommit(true);
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    private static IllegalStateException failed(SQLException e) {
        return new IllegalStateException("the knowledge base's store failed: " + e.getMessage(), e);
    }

    @Override
    public synchronized void close() {
        try {
            db.close();
        } catch (SQLException e) {
            throw failed(e);
        }
    }
}
