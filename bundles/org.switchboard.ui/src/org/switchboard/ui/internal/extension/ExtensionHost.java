package org.switchboard.ui.internal.extension;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.eclipse.osgi.util.NLS;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.switchboard.connector.ConnectorListener;
import org.switchboard.extension.InteractionListener;
import org.switchboard.ui.session.AgentSession;

/**
 * Hosts the partners' {@link InteractionListener} services: tells them what happens to the agent's
 * interactions, each behind a guard, and tells the agent when one is turned off for misbehaving.
 */
@Component(service = ExtensionHost.class, immediate = true)
public final class ExtensionHost {

    private static final long WATCH_MILLIS = 500;

    private final AgentSession session;
    private final List<Consumer<String>> noticeLines = new CopyOnWriteArrayList<>();
    private final Extensions extensions = new Extensions(this::turnedOff);
    private final ConnectorListener fromSession = extensions::onEvent;
    private final ScheduledExecutorService watchdog = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "switchboard-extension-watchdog");
        t.setDaemon(true);
        return t;
    });

    @Activate
    public ExtensionHost(@Reference AgentSession session) {
        this.session = session;
        session.addListener(fromSession);
        watchdog.scheduleWithFixedDelay(() -> extensions.check(System.nanoTime()), WATCH_MILLIS, WATCH_MILLIS,
                TimeUnit.MILLISECONDS);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            unbind = "removeListener")
    void addListener(ServiceReference<InteractionListener> reference, InteractionListener listener) {
        extensions.add(reference.getBundle().getSymbolicName(), listener);
    }

    void removeListener(InteractionListener listener) {
        extensions.remove(listener);
    }

    /**
     * Where the agent is told that an extension was turned off; called on the watchdog's or the
     * extension's thread: the line hands the text to the UI thread itself.
     */
    public void showNoticesIn(Consumer<String> line) {
        noticeLines.add(line);
    }

    public void stopShowingNoticesIn(Consumer<String> line) {
        noticeLines.remove(line);
    }

    private void turnedOff(String extension, String why) {
        String notice = NLS.bind(Messages.turnedOff, extension, why);
        noticeLines.forEach(l -> l.accept(notice));
    }

    @Deactivate
    void deactivate() {
        session.removeListener(fromSession);
        watchdog.shutdownNow();
        extensions.close();
    }
}
