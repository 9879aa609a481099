package org.switchboard.server.core;

import java.util.Set;

import org.switchboard.core.Channel;


/**
 * A queue (service): interactions of one channel wait here for an agent holding all its skills.
 *
 * @param callOnAccept for a chat queue: accepting a mobile chat dials the customer's phone number at
 *                     once, and the call forms a multimedia interaction with the chat
 */
public record QueueConfig(String id, String name, Channel channel, Set<String> skills, boolean callOnAccept) {

    public QueueConfig(String id, String name, Channel channel, Set<String> skills) {
        this(id, name, channel, skills, false);
    }

    public QueueConfig {
        Checks.text(id, "queue id");
        Checks.text(name, "queue name");
        Checks.present(channel, "channel");
        skills = Set.copyOf(Checks.present(skills, "skills"));
        if (callOnAccept && channel != Channel.CHAT) {
            throw new IllegalArgumentException("queue " + id + ": only chat queues call the customer on accept");
        }
    }

    public QueueConfig withCallOnAccept(boolean enabled) {
        return new QueueConfig(id, name, channel, skills, enabled);
    }
}
