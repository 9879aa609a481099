package org.switchboard.server.core;



/** Where calls enter (a number the customer dials); routes into one queue. */
public record EntryPointConfig(String id, String name, String queueId) {

    public EntryPointConfig {
        Checks.text(id, "entry point id");
        Checks.text(name, "entry point name");
        Checks.text(queueId, "queue id");
    }
}
