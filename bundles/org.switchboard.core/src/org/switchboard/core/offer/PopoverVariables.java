package org.switchboard.core.offer;

import java.util.ArrayList;
import java.util.List;

import org.switchboard.core.ActionRefusedException;
import org.switchboard.core.Rule;
import org.switchboard.core.cad.CadVariable;
import org.switchboard.core.internal.Require;

/**
 * Which variables an offer popover shows. The administrator configures three to six variables in
 * order; inbound and outdial popovers leave out secure ones. A consult request adds the initiating
 * agent's name, DN and team (at most nine lines); a consult through a dial number mapped to an entry
 * point (EP-DN) adds only the agent's DN (at most seven).
 */
public final class PopoverVariables {

    public static final int MIN_CONFIGURED = 3;
    public static final int MAX_CONFIGURED = 6;

    private PopoverVariables() {
    }

    /** The configured variables of an inbound call or outdial popover. */
    public static List<PopoverField> inbound(List<CadVariable> configured) {
        return configuredFields(configured);
    }

    /** A consult-request popover: the initiating agent's name, DN and team, then the configured ones. */
    public static List<PopoverField> consultRequest(String agentName, String agentDn, String agentTeam,
            List<CadVariable> configured) {
        List<PopoverField> fields = new ArrayList<>();
        fields.add(new PopoverField("Agent Name", Require.text(agentName, "agent name")));
        fields.add(new PopoverField("Agent DN", Require.text(agentDn, "agent DN")));
        fields.add(new PopoverField("Agent Team", Require.text(agentTeam, "agent team")));
        fields.addAll(configuredFields(configured));
        return List.copyOf(fields);
    }

    /** A consult request placed through a dial number mapped to an entry point: agent DN plus configured ones. */
    public static List<PopoverField> entryPointConsultRequest(String agentDn, List<CadVariable> configured) {
        List<PopoverField> fields = new ArrayList<>();
        fields.add(new PopoverField("Agent DN", Require.text(agentDn, "agent DN")));
        fields.addAll(configuredFields(configured));
        return List.copyOf(fields);
    }

    private static List<PopoverField> configuredFields(List<CadVariable> configured) {
        Require.present(configured, "popover variables");
        if (configured.size() < MIN_CONFIGURED || configured.size() > MAX_CONFIGURED) {
            throw new ActionRefusedException(Rule.POPOVER_VARIABLE_COUNT, configured.size() + " configured");
        }
        List<PopoverField> fields = new ArrayList<>();
        for (CadVariable v : configured) {
            if (!Require.present(v, "variable").definition().secure()) {
                fields.add(new PopoverField(v.definition().label(), v.value().display()));
            }
        }
        return List.copyOf(fields);
    }
}
