package org.switchboard.core.cad;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.switchboard.core.ActionRefusedException;
import org.switchboard.core.Rule;
import org.switchboard.core.internal.Require;

/** The call-associated data of one interaction, in the administrator's order. */
public final class CadSet {

    private final Map<String, CadVariable> variables = new LinkedHashMap<>();

    public CadSet(List<CadVariable> vars) {
        for (CadVariable v : Require.present(vars, "variables")) {
            variables.put(Require.present(v, "variable").name(), v);
        }
    }

    public CadVariable get(String name) {
        CadVariable v = name == null ? null : variables.get(name);
        if (v == null) {
            throw new ActionRefusedException(Rule.CAD_UNKNOWN_VARIABLE, name);
        }
        return v;
    }

    public List<CadVariable> all() {
        return List.copyOf(variables.values());
    }

    /** Label and display value of each variable: secure ones masked. */
    public List<String> displayLines() {
        List<String> lines = new ArrayList<>();
        for (CadVariable v : variables.values()) {
            lines.add(v.definition().label() + ": " + v.value().display());
        }
        return lines;
    }

    @Override
    public String toString() {
        return "CadSet" + variables.values();
    }
}
