package org.switchboard.connector.rest.internal;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.switchboard.connector.ConnectionSettings;
import org.switchboard.connector.ConnectorSession;
import org.switchboard.connector.ContactCenterConnector;
import org.switchboard.store.LocalStore;
import org.switchboard.store.StoreFactory;

/**
 * The connector to Switchboard Server over REST and server-sent events. Sessions keep their outbox
 * in the local store of {@link ConnectionSettings#dataDirectory()}; the component closes the
 * sessions still open when it is deactivated.
 */
@Component(service = ContactCenterConnector.class)
public final class RestConnectorComponent implements ContactCenterConnector {

    public static final String ID = "switchboard-rest";

    private final StoreFactory stores;
    private final Set<ConnectorSession> open = ConcurrentHashMap.newKeySet();

    public RestConnectorComponent() {
        this(new StoreFactory());
    }

    RestConnectorComponent(StoreFactory stores) {
        this.stores = stores;
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
        LocalStore store = stores.open(settings.dataDirectory());
        RestSession session;
        try {
            session = RestSession.open(settings, store);
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
        ConnectorSession tracked = new TrackedSession(session, open::remove);
        open.add(tracked);
        return tracked;
    }

    @Deactivate
    void deactivate() {
        for (ConnectorSession s : Set.copyOf(open)) {
            s.close();
        }
    }
}
