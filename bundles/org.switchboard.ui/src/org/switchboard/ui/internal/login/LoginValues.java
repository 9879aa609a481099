package org.switchboard.ui.internal.login;

import java.util.Map;

/**
 * What the login dialog starts with. From the environment only when given: {@code SWITCHBOARD_SERVER},
 * {@code SWITCHBOARD_AGENT}, {@code SWITCHBOARD_PASSWORD} (all three: log in without asking) and
 * {@code SWITCHBOARD_READY=true} (go Ready once logged in).
 */
public record LoginValues(String server, String agent, String password, boolean goReady) {

    public static final String DEFAULT_SERVER = "http://127.0.0.1:8471/api/v1/";

    public static LoginValues fromEnvironment() {
        return from(System.getenv());
    }

    static LoginValues from(Map<String, String> env) {
        String server = env.getOrDefault("SWITCHBOARD_SERVER", "").strip();
        return new LoginValues(server.isEmpty() ? DEFAULT_SERVER : server,
                env.getOrDefault("SWITCHBOARD_AGENT", "").strip(), env.getOrDefault("SWITCHBOARD_PASSWORD", ""),
                Boolean.parseBoolean(env.getOrDefault("SWITCHBOARD_READY", "false").strip()));
    }

    /** Whether the environment said everything a login needs. */
    public boolean complete() {
        return !agent.isEmpty() && !password.isEmpty();
    }
}
