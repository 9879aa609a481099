package org.switchboard.core.cad;

import org.switchboard.core.ActionRefusedException;
import org.switchboard.core.Rule;
import org.switchboard.core.internal.Require;

/**
 * One call variable and its last saved value. Saves are versioned: an edit started on an older
 * version loses to the save that came first. Not thread-safe; the server serialises per call.
 */
public final class CadVariable {

    /** The longest value a variable holds. */
    public static final int MAX_LENGTH = 256;

    private final CadDefinition definition;
    private CadValue saved;
    private long version;
    private String savedBy;

    public CadVariable(CadDefinition definition, String initialValue) {
        this.definition = Require.present(definition, "variable definition");
        String v = initialValue == null ? "" : initialValue;
        Rule problem = problemOf(v);
        if (problem != null) {
            throw new ActionRefusedException(problem, definition.name());
        }
        this.saved = new CadValue(v, definition.secure());
    }

    public CadDefinition definition() {
        return definition;
    }

    public String name() {
        return definition.name();
    }

    public CadValue value() {
        return saved;
    }

    public long version() {
        return version;
    }

    /** Who saved the current value last; empty for the value the call arrived with. */
    public java.util.Optional<String> savedBy() {
        return java.util.Optional.ofNullable(savedBy);
    }

    /** Starts an edit for {@code editorId} based on the current saved version. */
    public CadEdit edit(String editorId) {
        Require.text(editorId, "editor id");
        if (!definition.editable()) {
            throw new ActionRefusedException(Rule.CAD_READ_ONLY, definition.name());
        }
        return new CadEdit(this, editorId, version);
    }

    /**
     * Starts an edit for {@code editorId} from {@code baseVersion}, the version the editor was shown
     * (a desktop edits offline and saves later): a save loses if another one came after that version.
     */
    public CadEdit edit(String editorId, long baseVersion) {
        Require.text(editorId, "editor id");
        if (!definition.editable()) {
            throw new ActionRefusedException(Rule.CAD_READ_ONLY, definition.name());
        }
        if (baseVersion < 0 || baseVersion > version) {
            throw new ActionRefusedException(Rule.CAD_UNKNOWN_VERSION,
                    definition.name() + " v" + baseVersion + ", saved v" + version);
        }
        return new CadEdit(this, editorId, baseVersion);
    }

    /** Why {@code text} cannot be this variable's value, or null. Never includes the value itself. */
    Rule problemOf(String text) {
        if (text.length() > MAX_LENGTH) {
            return Rule.CAD_VALUE_TOO_LONG;
        }
        if (!text.isEmpty() && !definition.type().accepts(text)) {
            return Rule.CAD_TYPE_MISMATCH;
        }
        return null;
    }

    CadValue wrap(String text) {
        return new CadValue(text, definition.secure());
    }

    void store(CadValue value, String editorId) {
        saved = value;
        savedBy = editorId;
        version++;
    }

    @Override
    public String toString() {
        return "CadVariable[" + definition.name() + "=" + saved.display() + ", v" + version + "]";
    }
}
