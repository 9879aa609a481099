package org.switchboard.ui.session;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.eclipse.swt.widgets.Display;
import org.switchboard.connector.DirectoryEntry;
import org.switchboard.connector.DirectoryService;
import org.switchboard.connector.TransferTarget;

/**
 * The names of the contact center's queues, as its directory gives them, for showing a queue to the
 * agent by name rather than by id. Used on the UI thread; the directory is asked on the
 * connector's thread, and {@code onLearned} runs on the UI thread once names arrive, so that what
 * showed an id can show the name. Until then the id is shown. When the directory cannot be asked
 * (not logged in yet, the server did not answer), it is asked again a few times, some seconds apart.
 */
public final class QueueNames {

    private static final System.Logger LOG = System.getLogger(QueueNames.class.getName());
    private static final int RETRY_MILLIS = 2_000;
    private static final int RETRIES = 5;

    private final AgentSession session;
    private final Display display;
    private final UiEventRunner ui;
    private final Runnable onLearned;
    private final Map<String, String> names = new HashMap<>();
    /** Ids the directory was asked about and did not know: not asked about again. */
    private final Set<String> unknown = new HashSet<>();
    private boolean asking;
    private int retriesLeft;

    public QueueNames(AgentSession session, Display display, Runnable onLearned) {
        this.session = Objects.requireNonNull(session, "session");
        this.display = Objects.requireNonNull(display, "display");
        this.ui = new UiEventRunner(display);
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
        if (!unknown.contains(queueId) && !asking) {
            retriesLeft = RETRIES;
            ask(queueId);
        }
        return queueId;
    }

    private void ask(String queueId) {
        java.util.Optional<DirectoryService> directory = session.adapt(DirectoryService.class);
        if (directory.isEmpty()) {
            retryLater(queueId);
            return;
        }
        asking = true;
        directory.get().search("").whenComplete((entries, failure) -> ui.execute(() -> {
            asking = false;
            if (failure != null) {
                LOG.log(System.Logger.Level.DEBUG, "queue names not read: " + failure.getMessage());
                retryLater(queueId);
                return;
            }
            learn(entries);
            if (!names.containsKey(queueId)) {
                unknown.add(queueId);
            }
            onLearned.run();
        }));
    }

    private void retryLater(String queueId) {
        if (retriesLeft-- > 0 && !display.isDisposed()) {
            display.timerExec(RETRY_MILLIS, () -> {
                if (!asking && !names.containsKey(queueId)) {
                    ask(queueId);
                }
            });
        }
    }

    private void learn(List<DirectoryEntry> entries) {
        for (DirectoryEntry e : entries) {
            if (e.kind() == TransferTarget.Kind.QUEUE) {
                names.put(e.id(), e.name());
            }
        }
    }
}
