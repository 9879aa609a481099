package org.switchboard.ui.internal.session;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.switchboard.connector.CallControlProtocol;
import org.switchboard.connector.ConnectionSettings;
import org.switchboard.connector.ConnectionState;
import org.switchboard.connector.ConnectorEvent;
import org.switchboard.connector.ConnectorException;
import org.switchboard.connector.ConnectorListener;
import org.switchboard.connector.ConnectorSession;
import org.switchboard.connector.ContactCenterConnector;
import org.switchboard.connector.ServerRole;
import org.switchboard.ui.session.AgentSession;
import org.switchboard.ui.session.ServerChoice;

/**
 * The workbench's session service. Logins and logouts run on its own worker thread; the
 * connector's events are re-delivered to the views on the event runner given at login. The local
 * outbox lives in this bundle's data area, so what an agent entered survives a desktop restart.
 */
@Component(service = AgentSession.class)
public final class AgentSessionComponent implements AgentSession {

    private static final long CONNECTOR_WAIT_MILLIS = 10_000;

    private final List<ContactCenterConnector> connectors = new CopyOnWriteArrayList<>();
    private final List<ConnectorListener> listeners = new CopyOnWriteArrayList<>();
    private final ConnectorListener fanOut = this::deliver;
    private final Object connectorArrived = new Object();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "switchboard-session");
        t.setDaemon(true);
        return t;
    });
    private final Path dataDirectory;
    private volatile ConnectorSession session;
    private volatile Executor runner;

    @Activate
    public AgentSessionComponent(BundleContext context) {
        this(context.getDataFile("connector").toPath());
    }

    AgentSessionComponent(Path dataDirectory) {
        this.dataDirectory = dataDirectory;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, unbind = "removeConnector")
    void addConnector(ContactCenterConnector connector) {
        connectors.add(connector);
        synchronized (connectorArrived) {
            connectorArrived.notifyAll();
        }
    }

    void removeConnector(ContactCenterConnector connector) {
        connectors.remove(connector);
    }

    /** The desktop is closing: the agent is logged out, so the server routes nothing to a desktop that is gone. */
    @Deactivate
    void deactivate() {
        ConnectorSession open = session;
        session = null;
        if (open != null) {
            worker.execute(open::logout);
        }
        worker.shutdown();
        try {
            worker.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public CompletionStage<ConnectorSession> login(ServerChoice servers, String agentId, char[] password,
            Executor eventRunner) {
        char[] secret = password.clone();
        return CompletableFuture.supplyAsync(() -> {
            try {
                logoutCurrent();
                ConnectionSettings settings = settings(servers, agentId, secret);
                ConnectorSession opened = connector().open(settings);
                opened.addListener(fanOut, eventRunner);
                session = opened;
                runner = eventRunner;
                eventRunner.execute(() -> deliver(new ConnectorEvent.ConnectionChanged(opened.state(),
                        ServerRole.PRIMARY, "logged in")));
                return opened;
            } finally {
                java.util.Arrays.fill(secret, '\0');
            }
        }, worker);
    }

    private ConnectionSettings settings(ServerChoice servers, String agentId, char[] secret) {
        ConnectionSettings settings = ConnectionSettings.of(servers.primary(), agentId, secret, dataDirectory);
        if (servers.secondary().isPresent()) {
            settings = settings.withSecondary(servers.secondary().get());
        }
        return servers.callControl() == CallControlProtocol.SOAP
                ? settings.withSoapCallControl(servers.soapEndpoints())
                : settings;
    }

    @Override
    public CompletionStage<Void> logout() {
        return CompletableFuture.runAsync(this::logoutCurrent, worker);
    }

    private void logoutCurrent() {
        ConnectorSession open = session;
        session = null;
        if (open != null) {
            open.removeListener(fanOut);
            open.logout();
            Executor r = runner;
            if (r != null) {
                r.execute(() -> deliver(new ConnectorEvent.ConnectionChanged(ConnectionState.DISCONNECTED,
                        ServerRole.PRIMARY, "logged out")));
            }
        }
    }

    private ContactCenterConnector connector() {
        long deadline = System.currentTimeMillis() + CONNECTOR_WAIT_MILLIS;
        synchronized (connectorArrived) {
            while (connectors.isEmpty()) {
                long left = deadline - System.currentTimeMillis();
                if (left <= 0) {
                    throw new ConnectorException("No contact-center connector is installed");
                }
                try {
                    connectorArrived.wait(left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new ConnectorException("Interrupted while waiting for a connector");
                }
            }
        }
        return connectors.get(0);
    }

    @Override
    public Optional<ConnectorSession> session() {
        return Optional.ofNullable(session);
    }

    @Override
    public void addListener(ConnectorListener listener) {
        listeners.add(listener);
    }

    @Override
    public void removeListener(ConnectorListener listener) {
        listeners.remove(listener);
    }

    private void deliver(ConnectorEvent event) {
        for (ConnectorListener l : listeners) {
            try {
                l.onEvent(event);
            } catch (RuntimeException e) {
                System.err.println("A view failed on " + event.getClass().getSimpleName() + ": " + e);
                e.printStackTrace();
            }
        }
    }
}
