package org.switchboard.connector.rest.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.switchboard.connector.WorkCodes;
import org.switchboard.core.agent.AgentPolicy;
import org.switchboard.core.agent.ReasonCode;
import org.switchboard.core.wrapup.Disposition;
import org.switchboard.core.wrapup.WrapUpCatalog;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The administrator's reason codes and dispositions, read from {@code GET configuration} once the
 * session logged in. A server that does not answer it (one older than this connector) leaves the
 * core's defaults, which such a server used too; the log says so.
 */
final class RestWorkCodes implements WorkCodes {

    private static final System.Logger LOG = System.getLogger(RestWorkCodes.class.getName());

    private volatile List<ReasonCode> reasons = AgentPolicy.defaults().notReadyReasons().stream()
            .sorted(Comparator.comparing(ReasonCode::label)).toList();
    private volatile WrapUpCatalog catalog = WrapUpCatalog.defaults();

    @Override
    public List<ReasonCode> notReadyReasons() {
        return reasons;
    }

    @Override
    public WrapUpCatalog wrapUpCatalog() {
        return catalog;
    }

    /** Reads the configuration through {@code link}, which is logged in. Blocks. */
    void load(ServerLink link) {
        try {
            read(link.call(c -> c.get("configuration", JsonNode.class)));
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "The server sent no reason codes and dispositions (" + e.getMessage()
                    + "): the desktop offers the defaults");
        }
    }

    /** Takes a configuration answer; one without reasons or dispositions changes nothing. */
    void read(JsonNode answer) {
        List<ReasonCode> r = new ArrayList<>();
        for (JsonNode n : answer.path("notReadyReasons")) {
            r.add(new ReasonCode(n.path("code").asText(), n.path("label").asText()));
        }
        Set<Disposition> d = new LinkedHashSet<>();
        for (JsonNode n : answer.path("dispositions")) {
            d.add(new Disposition(n.path("code").asText(), n.path("label").asText()));
        }
        if (r.isEmpty() || d.isEmpty()) {
            throw new IllegalArgumentException("no reason codes or no dispositions in " + answer);
        }
        int maxNotes = answer.path("maxNotesLength").asInt(WrapUpCatalog.DEFAULT_MAX_NOTES);
        catalog = new WrapUpCatalog(d, maxNotes);
        reasons = List.copyOf(r);
    }
}
