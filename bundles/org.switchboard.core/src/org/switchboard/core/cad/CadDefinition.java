package org.switchboard.core.cad;

import org.switchboard.core.internal.Require;

/**
 * A call variable as the administrator configured it.
 *
 * @param secure values are masked in every display and never appear in logs or messages
 */
public record CadDefinition(String name, String label, CadType type, boolean editable, boolean secure) {

    public CadDefinition {
        Require.text(name, "variable name");
        Require.text(label, "variable label");
        Require.present(type, "variable type");
    }
}
