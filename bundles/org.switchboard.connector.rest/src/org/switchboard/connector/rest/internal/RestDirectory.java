package org.switchboard.connector.rest.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;

import org.switchboard.connector.ConnectorException;
import org.switchboard.connector.DirectoryEntry;
import org.switchboard.connector.DirectoryService;
import org.switchboard.connector.TransferTarget;
import org.switchboard.connector.rest.RestException;
import org.switchboard.core.agent.AgentState;

import com.fasterxml.jackson.databind.JsonNode;

/** The directory through {@code GET directory?q=}, asked on the {@code lookups} executor. */
final class RestDirectory implements DirectoryService {

    private static final System.Logger LOG = System.getLogger(RestDirectory.class.getName());

    private final OutboxSender.Session session;
    private final Executor lookups;

    RestDirectory(OutboxSender.Session session, Executor lookups) {
        this.session = session;
        this.lookups = lookups;
    }

    @Override
    public CompletionStage<List<DirectoryEntry>> search(String query) {
        String q = query == null ? "" : query.strip();
        if (q.length() > MAX_QUERY) {
            return CompletableFuture.failedFuture(
                    new IllegalArgumentException("A directory search holds at most " + MAX_QUERY + " characters."));
        }
        String path = q.isEmpty() ? "directory" : "directory?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8);
        return CompletableFuture.supplyAsync(() -> {
            try {
                return entries(session.link().call(c -> c.get(path, JsonNode.class)));
            } catch (RestException e) {
                String why = Refusals.isRefusal(e) ? Refusals.of("", null, "directory", e).message() : e.getMessage();
                throw new ConnectorException("The directory could not be searched: " + why, e);
            } catch (ConnectorException e) {
                throw e;
            } catch (RuntimeException e) {
                throw new ConnectorException("The directory could not be searched: " + e.getMessage(), e);
            }
        }, lookups);
    }

    /** Entries the desktop cannot use (unknown kind, no id) are logged and left out. */
    static List<DirectoryEntry> entries(JsonNode array) {
        List<DirectoryEntry> out = new ArrayList<>();
        if (array == null || !array.isArray()) {
            throw new ConnectorException("The directory answer is not a list.");
        }
        for (JsonNode e : array) {
            String kind = EventMapper.text(e, "kind");
            String id = EventMapper.text(e, "target");
            TransferTarget.Kind k = kind(kind);
            if (k == null || id == null || id.isBlank()) {
                LOG.log(System.Logger.Level.WARNING, "directory entry skipped: {0}", e);
                continue;
            }
            out.add(new DirectoryEntry(k, id, EventMapper.text(e, "name"), presence(EventMapper.text(e, "presence"))));
        }
        return List.copyOf(out);
    }

    private static TransferTarget.Kind kind(String name) {
        try {
            return name == null ? null : TransferTarget.Kind.valueOf(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static AgentState presence(String name) {
        try {
            return name == null ? null : AgentState.valueOf(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
