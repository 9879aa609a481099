package org.switchboard.server.core.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.switchboard.core.cad.CadEdit;
import org.switchboard.core.cad.CadVariable;
import org.switchboard.core.cad.SaveResult;
import org.switchboard.server.core.CadView;
import org.switchboard.server.core.InteractionView;
import org.switchboard.server.core.store.ServerStore;
import org.switchboard.server.core.store.StoredCadEdit;

/**
 * Saves an agent's call variable edits through the core's versioned rule: the first save wins, and a
 * save from an older version than the one stored loses, told the saved value and version. Several
 * variables are saved together or not at all. Event-loop confined.
 */
final class CadEdits {

    /** A save that lost: the core's message and the variable as it is saved now. */
    record Conflict(String message, CadView variable) {
    }

    private final ServerStore store;

    CadEdits(ServerStore store) {
        this.store = store;
    }

    /**
     * Applies the edit for {@code agentId}, who has been checked to be allowed to edit now. Returns null
     * when every variable was saved, or the first conflict (then nothing was saved). Refusals of the
     * core (read-only, unknown version) throw and change nothing.
     */
    Conflict save(Interaction i, String agentId, ParsedCommand.EditCad cmd, Instant now) {
        List<CadEdit> edits = new ArrayList<>();
        List<CadVariable> vars = new ArrayList<>();
        for (Map.Entry<String, String> e : cmd.values().entrySet()) {
            CadVariable v = i.cad.get(e.getKey());
            long base = cmd.version() != null ? cmd.version() : shownVersion(i, agentId, v);
            CadEdit edit = v.edit(agentId, base);
            edit.set(e.getValue());
            edits.add(edit);
            vars.add(v);
        }
        for (int n = 0; n < edits.size(); n++) {
            if (edits.get(n).isStale()) {
                SaveResult.Conflict c = (SaveResult.Conflict) edits.get(n).save();
                return new Conflict(c.message(), Views.cadView(vars.get(n), true));
            }
        }
        for (int n = 0; n < edits.size(); n++) {
            SaveResult.Saved saved = (SaveResult.Saved) edits.get(n).save();
            CadVariable v = vars.get(n);
            store.cadSaved(new StoredCadEdit(i.id, agentId, now, v.name(), v.value().reveal(),
                    v.definition().secure(), saved.version()));
        }
        return null;
    }

    /** The version of the variable this agent was last sent; the current one if it was never sent. */
    private static long shownVersion(Interaction i, String agentId, CadVariable v) {
        InteractionView shown = i.shown.get(agentId);
        if (shown != null) {
            for (CadView c : shown.cad()) {
                if (c.name().equals(v.name())) {
                    return c.version();
                }
            }
        }
        return v.version();
    }
}
