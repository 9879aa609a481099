package org.switchboard.server.core;

import java.util.Comparator;
import java.util.List;

/**
 * What the administrator configured for the agents' desktops: the Not Ready reason codes an agent
 * picks from and the wrap-up dispositions with the longest notes, each list ordered by label.
 */
public record AgentConfiguration(List<Code> notReadyReasons, List<Code> dispositions, int maxNotesLength) {

    /** A reason code or disposition: what is sent, and what the agent reads. */
    public record Code(String code, String label) {
    }

    public AgentConfiguration {
        notReadyReasons = sorted(notReadyReasons);
        dispositions = sorted(dispositions);
    }

    private static List<Code> sorted(List<Code> codes) {
        return codes.stream().sorted(Comparator.comparing(Code::label).thenComparing(Code::code)).toList();
    }

    public static AgentConfiguration of(ServerConfig config) {
        return new AgentConfiguration(
                config.reasonCodes().stream().map(r -> new Code(r.code(), r.label())).toList(),
                config.dispositions().stream().map(d -> new Code(d.code(), d.label())).toList(),
                config.wrapUpCatalog().maxNotesLength());
    }
}
