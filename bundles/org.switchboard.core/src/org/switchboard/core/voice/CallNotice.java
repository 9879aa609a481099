package org.switchboard.core.voice;

import org.switchboard.core.Rule;

/** A message for one agent about something that happened to the call (e.g. a failed consult). */
public record CallNotice(String agentId, Rule rule, String message) {
}
