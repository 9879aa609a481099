package org.switchboard.ui.session;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Executor;

import org.switchboard.connector.DirectoryEntry;
import org.switchboard.connector.DirectoryService;
import org.switchboard.connector.TransferTarget;

/**
 * The names of the contact center's queues, as its directory gives them, for showing a queue to the
 * agent by name rather than by id. Used on the UI thread; the directory is asked on the
 * connector's thread, and {@code onLearned} runs on {@code ui} once names arrive, so that what
 * showed an id can show the name. Until then, or when the directory cannot be asked, the id is
 * shown.
 */
public final class QueueNames {

    private static final System.Logger LOG = System.getLogger(QueueNames.class.getName());

    private final AgentSession session;
    private final Executor ui;
    private final Runnable onLearned;
    private final Map<String, String> names = new HashMap<>();
    /** Ids the directory was asked about and did not know: not asked about again. */
    private final Set<String> unknown = new HashSet<>();
    private boolean asking;

    public QueueNames(AgentSession session, Executor ui, Runnable onLearned) {
        this.session = Objects.requireNonNull(session, "session");
        this.ui = Objects.requireNonNull(ui, "ui");
        this.onLearned = Objects.requireNonNull(onLearned, "onLearned");
    }

    /** The queue's name, or its id while the name is not known; null for null. */
    public String of(String queueId) {
        if (queueId == null) {
            return null;
        }
        String name = names.get(queueId);
        if (name != null) {
            return name;
        }
        if (!unknown.contains(queueId)) {
            ask(queueId);
        }
        return queueId;
    }

    private void ask(String queueId) {
        if (asking) {
            return;
        }
        session.adapt(DirectoryService.class).ifPresent(directory -> {
            asking = true;
            directory.search("").whenComplete((entries, failure) -> ui.execute(() -> {
                asking = false;
                if (failure != null) {
                    // the id stays on screen; the next queue shown asks again
                    LOG.log(System.Logger.Level.DEBUG, "queue names not read: " + failure.getMessage());
                    return;
                }
                learn(entries);
                if (!names.containsKey(queueId)) {
                    unknown.add(queueId);
                }
                onLearned.run();
            }));
        });
    }

    private void learn(List<DirectoryEntry> entries) {
        for (DirectoryEntry e : entries) {
            if (e.kind() == TransferTarget.Kind.QUEUE) {
                names.put(e.id(), e.name());
            }
        }
    }
}
