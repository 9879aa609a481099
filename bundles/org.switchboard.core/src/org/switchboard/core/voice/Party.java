package org.switchboard.core.voice;

/** A party other than the customer: an agent, or an outside number reached by dialling. */
record Party(String id, boolean isAgent) {
}
