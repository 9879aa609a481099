package org.switchboard.core.wrapup;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.switchboard.core.ActionRefusedException;
import org.switchboard.core.Rule;
import org.switchboard.core.internal.Require;

/** Who owes a wrap-up for one interaction, and the wrap-ups applied. */
public final class WrapUpLedger {

    private final WrapUpCatalog catalog;
    private final Set<String> owed = new LinkedHashSet<>();
    private final Map<String, WrapUp> applied = new LinkedHashMap<>();

    public WrapUpLedger(WrapUpCatalog catalog) {
        this.catalog = Require.present(catalog, "wrap-up catalog");
    }

    public void owe(String agentId) {
        Require.text(agentId, "agent id");
        if (!applied.containsKey(agentId)) {
            owed.add(agentId);
        }
    }

    public boolean owes(String agentId) {
        return agentId != null && owed.contains(agentId);
    }

    public Set<String> owed() {
        return Collections.unmodifiableSet(owed);
    }

    public Optional<WrapUp> applied(String agentId) {
        return Optional.ofNullable(agentId == null ? null : applied.get(agentId));
    }

    public void apply(String agentId, WrapUp wrapUp, Instant now) {
        if (!owes(agentId)) {
            throw new ActionRefusedException(Rule.NO_WRAP_UP_PENDING, agentId);
        }
        catalog.validate(wrapUp, now);
        owed.remove(agentId);
        applied.put(agentId, wrapUp);
    }
}
