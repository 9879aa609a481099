package org.switchboard.server.core;

public record QueueView(String id, String name, String channel, int waiting) {
}
