package org.switchboard.ui.internal.agent;

import java.util.Comparator;
import java.util.List;

import org.switchboard.core.agent.AgentPolicy;
import org.switchboard.core.agent.ReasonCode;

/**
 * The Not Ready reasons the agent picks from: the core's configured defaults, which the reference
 * server uses too (the connector does not publish a server's own list).
 */
final class ReasonCodes {

    private ReasonCodes() {
    }

    static List<ReasonCode> all() {
        return AgentPolicy.defaults().notReadyReasons().stream().sorted(Comparator.comparing(ReasonCode::label))
                .toList();
    }

    static String label(String code) {
        if (code == null) {
            return "";
        }
        if (code.equals(ReasonCode.AFTER_LOGIN.code())) {
            return ReasonCode.AFTER_LOGIN.label();
        }
        if (code.equals(ReasonCode.WRAP_UP_TIMEOUT.code())) {
            return ReasonCode.WRAP_UP_TIMEOUT.label();
        }
        return all().stream().filter(r -> r.code().equals(code)).map(ReasonCode::label).findFirst().orElse(code);
    }
}
