package org.switchboard.core.cad;

import org.switchboard.core.ActionRefusedException;
import org.switchboard.core.Rule;

/**
 * One agent's edit of one variable: a draft value over the version it started from. The first
 * save wins; a later save from an older version is told, with the saved value, and its draft is
 * replaced by that value.
 */
public final class CadEdit {

    private final CadVariable variable;
    private final String editorId;
    private long baseVersion;
    private CadValue draft;

    CadEdit(CadVariable variable, String editorId, long baseVersion) {
        this.variable = variable;
        this.editorId = editorId;
        this.baseVersion = baseVersion;
        this.draft = variable.value();
    }

    public CadValue draft() {
        return draft;
    }

    public long baseVersion() {
        return baseVersion;
    }

    /** Sets the draft; refused (draft unchanged) if too long or not of the variable's type. */
    public void set(String text) {
        String t = text == null ? "" : text;
        Rule problem = variable.problemOf(t);
        if (problem != null) {
            throw new ActionRefusedException(problem, variable.name() + ", " + t.length() + " characters");
        }
        draft = variable.wrap(t);
    }

    /** Whether another save came after the version this edit started from: {@link #save()} would lose. */
    public boolean isStale() {
        return variable.version() != baseVersion;
    }

    /** Saves the draft if nobody saved since this edit started; otherwise reports the conflict. */
    public SaveResult save() {
        if (isStale()) {
            CadValue current = variable.value();
            String by = variable.savedBy().orElse("another agent");
            draft = current;
            baseVersion = variable.version();
            return new SaveResult.Conflict(current, by,
                    Rule.CAD_EDIT_CONFLICT.message() + " " + variable.definition().label() + " was saved by " + by
                            + ": " + current.display());
        }
        variable.store(draft, editorId);
        baseVersion = variable.version();
        return new SaveResult.Saved(baseVersion);
    }

    /** Drops the draft and restores the last saved value. */
    public void revert() {
        draft = variable.value();
        baseVersion = variable.version();
    }

    @Override
    public String toString() {
        return "CadEdit[" + variable.name() + " by " + editorId + ", draft=" + draft.display() + "]";
    }
}
