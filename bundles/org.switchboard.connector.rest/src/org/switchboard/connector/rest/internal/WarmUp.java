package org.switchboard.connector.rest.internal;

import java.net.URI;
import java.util.Map;

import org.switchboard.connector.rest.RestClient;
import org.switchboard.store.StoreFactory;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Loads what the first login needs (the HTTP client, the JSON mapper, the persistence and database
 * engines of the local store: some three thousand classes) on a thread of its own as soon as the
 * connector is activated, which is while the workbench builds its window; the login that follows
 * then finds them loaded. Nothing is sent anywhere.
 */
final class WarmUp implements Runnable {

    private static final System.Logger LOG = System.getLogger(WarmUp.class.getName());

    private final StoreFactory stores;

    WarmUp(StoreFactory stores) {
        this.stores = stores;
    }

    static void start(StoreFactory stores) {
        Thread t = new Thread(new WarmUp(stores), "switchboard-connector-warm-up");
        t.setDaemon(true);
        t.setPriority(Thread.NORM_PRIORITY - 1);
        t.start();
    }

    @Override
    public void run() {
        try {
            ObjectMapper json = Json.mapper();
            json.readTree(json.writeValueAsString(Map.of("agentId", "a1", "password", "")));
            new RestClient(URI.create("http://127.0.0.1/api/"), () -> null).close();
            stores.warmUp();
        } catch (JsonProcessingException | RuntimeException e) {
            // only time is lost: the login loads what is missing
            LOG.log(System.Logger.Level.DEBUG, "warming up the connector failed", e);
        }
    }
}
