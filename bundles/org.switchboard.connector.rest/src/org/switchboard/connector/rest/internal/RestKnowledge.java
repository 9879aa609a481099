package org.switchboard.connector.rest.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

import org.switchboard.connector.ConnectorException;
import org.switchboard.connector.KnowledgeService;
import org.switchboard.connector.rest.RestException;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The knowledge base through {@code /knowledge/...}, asked on an executor of its own so that
 * directory lookups never wait behind searches typed quickly.
 */
final class RestKnowledge implements KnowledgeService {

    private final OutboxSender.Session session;
    private final Executor executor;

    RestKnowledge(OutboxSender.Session session, Executor executor) {
        this.session = session;
        this.executor = executor;
    }

    @Override
    public CompletionStage<Results> search(Query query) {
        String text = query.text() == null ? "" : query.text().strip();
        if (text.length() > MAX_QUERY) {
            return CompletableFuture.failedFuture(new IllegalArgumentException(
                    "A search holds at most " + MAX_QUERY + " characters."));
        }
        StringBuilder path = new StringBuilder("knowledge/search?limit=").append(query.limit()).append("&q=")
                .append(encode(text));
        if (query.tag() != null) {
            path.append("&tag=").append(encode(query.tag()));
        }
        if (query.service() != null) {
            path.append("&service=").append(encode(query.service()));
        }
        return ask("The knowledge base could not be searched", () -> results(get(path.toString())));
    }

    @Override
    public CompletionStage<List<Suggestion>> suggest(String prefix) {
        String p = prefix == null ? "" : prefix.strip();
        if (p.isEmpty() || p.length() > MAX_QUERY) {
            return CompletableFuture.completedFuture(List.of());
        }
        return ask("No suggestions", () -> {
            List<Suggestion> out = new ArrayList<>();
            get("knowledge/suggestions?q=" + encode(prefix)).forEach(
                    s -> out.add(new Suggestion(s.path("id").asText(), s.path("title").asText())));
            return List.copyOf(out);
        });
    }

    @Override
    public CompletionStage<Article> article(String id) {
        return ask("The article could not be read", () -> {
            JsonNode a = get("knowledge/articles/" + encode(id));
            JsonNode c = a.path("content");
            JsonNode s = a.path("stats");
            return new Article(a.path("id").asText(), a.path("version").asInt(), c.path("title").asText(),
                    c.path("body").asText(), a.path("html").asText(), strings(c.path("tags")),
                    strings(c.path("services")), s.path("uses").asLong(), s.path("helpful").asLong(),
                    s.path("notHelpful").asLong());
        });
    }

    @Override
    public CompletionStage<Void> used(String id) {
        return ask("The use of the article was not counted", () -> {
            session.link().call(c -> c.post("knowledge/articles/" + encode(id) + "/uses", Map.of(), String.class));
            return null;
        });
    }

    @Override
    public CompletionStage<Void> rate(String id, boolean helpful) {
        return ask("The rating was not counted", () -> {
            session.link().call(c -> c.post("knowledge/articles/" + encode(id) + "/ratings",
                    Map.of("helpful", helpful), String.class));
            return null;
        });
    }

    @Override
    public CompletionStage<Proposal> propose(String articleId, String title, String markdown, List<String> tags) {
        Map<String, Object> body = new HashMap<>();
        if (articleId != null) {
            body.put("articleId", articleId);
        }
        body.put("title", title);
        body.put("body", markdown);
        body.put("tags", tags == null ? List.of() : tags);
        return ask("The proposal was not sent",
                () -> proposal(session.link().call(c -> c.post("knowledge/proposals", body, JsonNode.class))));
    }

    @Override
    public CompletionStage<List<Proposal>> proposals() {
        return ask("The proposals could not be read", () -> {
            List<Proposal> out = new ArrayList<>();
            get("knowledge/proposals").forEach(p -> out.add(proposal(p)));
            return List.copyOf(out);
        });
    }

    static Results results(JsonNode r) {
        List<Hit> hits = new ArrayList<>();
        r.path("hits").forEach(h -> hits.add(new Hit(h.path("id").asText(), h.path("title").asText(),
                strings(h.path("fragments")), strings(h.path("tags")))));
        return new Results(r.path("total").asLong(), List.copyOf(hits), facets(r.path("tags")),
                facets(r.path("services")));
    }

    private static Proposal proposal(JsonNode p) {
        ReviewState state;
        try {
            state = ReviewState.valueOf(p.path("state").asText());
        } catch (IllegalArgumentException e) {
            throw new ConnectorException("The server described a proposal in an unknown state: " + p.path("state"));
        }
        return new Proposal(p.path("id").asText(), EventMapper.text(p, "articleId"),
                p.path("content").path("title").asText(), state, EventMapper.text(p, "reviewNote"),
                p.hasNonNull("submitted") ? Instant.parse(p.path("submitted").asText()) : null);
    }

    private static List<FacetCount> facets(JsonNode array) {
        List<FacetCount> out = new ArrayList<>();
        array.forEach(f -> out.add(new FacetCount(f.path("value").asText(), f.path("count").asInt())));
        return List.copyOf(out);
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(s -> out.add(s.asText()));
        return List.copyOf(out);
    }

    private JsonNode get(String path) {
        return session.link().call(c -> c.get(path, JsonNode.class));
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private <T> CompletionStage<T> ask(String failure, Supplier<T> request) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return request.get();
            } catch (RestException e) {
                throw refusal(failure, e);
            } catch (ConnectorException e) {
                throw e;
            } catch (RuntimeException e) {
                throw new ConnectorException(failure + ": " + e.getMessage(), e);
            }
        }, executor);
    }

    /** A query-syntax refusal keeps its position; anything else becomes a {@link ConnectorException}. */
    private static RuntimeException refusal(String failure, RestException e) {
        if (e.status() == 400 && e.responseBody() != null) {
            try {
                JsonNode body = Json.mapper().readTree(e.responseBody());
                if ("query-syntax".equals(body.path("error").asText())) {
                    return new QuerySyntaxException(body.path("message").asText(), body.path("position").asInt());
                }
            } catch (java.io.IOException | RuntimeException unreadable) {
                // not a JSON error: reported as the refusal below
            }
        }
        String why = Refusals.isRefusal(e) ? Refusals.of("", null, "knowledge", e).message() : e.getMessage();
        return new ConnectorException(failure + ": " + why, e);
    }
}
