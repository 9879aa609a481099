package org.switchboard.ui.internal.agent;

import java.util.List;

import org.switchboard.core.agent.ReasonCode;

/** The labels of reason codes: the server's configured ones, and those the server gives on its own. */
final class ReasonCodes {

    private ReasonCodes() {
    }

    static String label(List<ReasonCode> all, String code) {
        if (code == null) {
            return "";
        }
        if (code.equals(ReasonCode.AFTER_LOGIN.code())) {
            return ReasonCode.AFTER_LOGIN.label();
        }
        if (code.equals(ReasonCode.WRAP_UP_TIMEOUT.code())) {
            return ReasonCode.WRAP_UP_TIMEOUT.label();
        }
        return all.stream().filter(r -> r.code().equals(code)).map(ReasonCode::label).findFirst().orElse(code);
    }
}
