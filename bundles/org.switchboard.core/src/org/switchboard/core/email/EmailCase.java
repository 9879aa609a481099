package org.switchboard.core.email;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.switchboard.core.internal.Require;

/**
 * A case groups everything about one customer request: its threads (one per conversation with a
 * party) and their messages in order. Not thread-safe.
 */
public final class EmailCase {

    private final String caseId;
    private final Map<String, List<EmailMessage>> threads = new LinkedHashMap<>();

    public EmailCase(String caseId) {
        this.caseId = Require.text(caseId, "case id");
    }

    public String caseId() {
        return caseId;
    }

    public void add(String threadId, EmailMessage message) {
        threads.computeIfAbsent(Require.text(threadId, "thread id"), k -> new ArrayList<>())
                .add(Require.present(message, "message"));
    }

    public List<String> threadIds() {
        return List.copyOf(threads.keySet());
    }

    public List<EmailMessage> thread(String threadId) {
        List<EmailMessage> t = threadId == null ? null : threads.get(threadId);
        return t == null ? List.of() : List.copyOf(t);
    }
}
