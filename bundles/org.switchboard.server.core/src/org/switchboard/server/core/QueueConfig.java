package org.switchboard.server.core;

import java.util.Set;

import org.switchboard.core.Channel;


/** A queue (service): interactions of one channel wait here for an agent holding all its skills. */
public record QueueConfig(String id, String name, Channel channel, Set<String> skills) {

    public QueueConfig {
        Checks.text(id, "queue id");
        Checks.text(name, "queue name");
        Checks.present(channel, "channel");
        skills = Set.copyOf(Checks.present(skills, "skills"));
    }
}
