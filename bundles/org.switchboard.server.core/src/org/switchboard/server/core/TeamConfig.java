package org.switchboard.server.core;



public record TeamConfig(String id, String name) {

    public TeamConfig {
        Checks.text(id, "team id");
        Checks.text(name, "team name");
    }
}
