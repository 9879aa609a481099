package org.switchboard.connector.rest.internal;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.switchboard.connector.CallControlProtocol;
import org.switchboard.connector.ConnectionSettings;
import org.switchboard.connector.ConnectorException;
import org.switchboard.connector.ConnectorSession;
import org.switchboard.connector.ContactCenterConnector;
import org.switchboard.connector.cti.CallControlClientFactory;
import org.switchboard.store.LocalStore;
import org.switchboard.store.StoreFactory;

/**
 * The connector to Switchboard Server over REST and server-sent events. Sessions keep their outbox
 * in the local store of {@link ConnectionSettings#dataDirectory()}; the component closes the
 * sessions still open when it is deactivated. Where the settings choose another call-control
 * protocol (SOAP), the session sends call control through that protocol's clients, the service of
 * the bundle that speaks it, and everything else over REST.
 */
@Component(service = ContactCenterConnector.class)
public final class RestConnectorComponent implements ContactCenterConnector {

    public static final String ID = "switchboard-rest";

    private final StoreFactory stores;
    private final List<CallControlClientFactory> callControls = new CopyOnWriteArrayList<>();
    private final Set<ConnectorSession> open = ConcurrentHashMap.newKeySet();

    public RestConnectorComponent() {
        this(new StoreFactory());
    }

    RestConnectorComponent(StoreFactory stores) {
        this.stores = stores;
    }

    @Activate
    void activate() {
        WarmUp.start(stores);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addCallControl(CallControlClientFactory factory) {
        callControls.add(factory);
    }

    void removeCallControl(CallControlClientFactory factory) {
        callControls.remove(factory);
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String label() {
        return "Switchboard Server (REST)";
    }

    @Override
    public ConnectorSession open(ConnectionSettings settings) {
        CallControlClientFactory callControl = callControl(settings.callControl());
        // Opening the store loads the persistence and database engines: it runs beside the login,
        // which loads the HTTP client, rather than before it
        CompletableFuture<LocalStore> store = CompletableFuture.supplyAsync(
                () -> stores.open(settings.dataDirectory()), RestConnectorComponent::storeOpener);
        RestSession session;
        try {
            session = RestSession.open(settings, store, callControl);
        } catch (RuntimeException e) {
            store.thenAccept(LocalStore::close);
            throw e;
        }
        ConnectorSession tracked = new TrackedSession(session, open::remove);
        open.add(tracked);
        return tracked;
    }

    private static void storeOpener(Runnable opening) {
        Thread t = new Thread(opening, "switchboard-connector-store-open");
        t.setDaemon(true);
        t.start();
    }

    /** The clients of {@code protocol}, or {@code null} for REST, which the session speaks itself. */
    private CallControlClientFactory callControl(CallControlProtocol protocol) {
        if (protocol == CallControlProtocol.REST) {
            return null;
        }
        return callControls.stream().filter(f -> f.protocol() == protocol).findFirst()
                .orElseThrow(() -> new ConnectorException(protocol + " call control is not installed"));
    }

    @Deactivate
    void deactivate() {
        for (ConnectorSession s : Set.copyOf(open)) {
            s.close();
        }
    }
}
