package org.switchboard.connector.rest.internal;

import java.net.URI;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

import org.switchboard.connector.ConnectionSettings;
import org.switchboard.connector.ConnectorEvent;
import org.switchboard.connector.ConnectorException;
import org.switchboard.connector.ServerRole;
import org.switchboard.connector.cti.CallControlClient;
import org.switchboard.connector.cti.CallControlClientFactory;
import org.switchboard.connector.cti.CallControlRefusal;
import org.switchboard.core.voice.CallAction;

/**
 * Sends live call control over the call-control endpoint (SOAP) of the server the session talks
 * to, once, with a fresh request id, on the {@code io} executor. The server answers synchronously:
 * the answer completes the action's stage unless its outcome event came first; listeners hear of the
 * outcome from the event. A refusal is reported once like a refusal event. A token the server no
 * longer knows is renewed by a login and the request repeated with the same request id.
 */
final class CallControlSender implements AutoCloseable {

    private static final String UNAUTHORIZED = "UNAUTHORIZED";

    /** One request of an action. */
    @FunctionalInterface
    interface Call {
        void send(CallControlClient client, String token, String requestId) throws CallControlRefusal;
    }

    private final OutboxSender.Session session;
    private final Executor io;
    private final ConnectionSettings settings;
    private final CallControlClientFactory factory;
    /** Opened on the io thread when first used: opening one reads the contract. */
    private final Map<ServerRole, CallControlClient> clients = new EnumMap<>(ServerRole.class);

    CallControlSender(OutboxSender.Session session, Executor io, ConnectionSettings settings,
            CallControlClientFactory factory) {
        this.session = session;
        this.io = io;
        this.settings = settings;
        this.factory = factory;
    }

    /** Whether the protocol has an operation of its own for {@code action} (without parameters). */
    boolean supports(CallAction action) {
        return factory.supports(action);
    }

    CompletableFuture<ConnectorEvent.ActionCompleted> send(String interactionId, String action, Call call) {
        String requestId = UUID.randomUUID().toString();
        CompletableFuture<ConnectorEvent.ActionCompleted> outcome = session.outcomes().expect(requestId);
        io.execute(() -> {
            try {
                ServerLink link = session.link();
                CallControlClient client = client(link.role());
                String token = link.token();
                try {
                    call.send(client, token, requestId);
                } catch (CallControlRefusal r) {
                    if (!UNAUTHORIZED.equals(r.rule())) {
                        throw r;
                    }
                    link.login(token);
                    call.send(client, link.token(), requestId);
                }
                session.outcomes().answered(new ConnectorEvent.ActionCompleted(requestId, interactionId, action));
            } catch (CallControlRefusal r) {
                ConnectorEvent.ActionRefused refused = new ConnectorEvent.ActionRefused(requestId, interactionId,
                        action, r.rule(), r.getMessage());
                if (session.outcomes().arrived(refused)) {
                    session.publish(refused);
                }
            } catch (RuntimeException e) {
                session.outcomes().fail(requestId, new ConnectorException(
                        action + " was not sent over " + factory.protocol() + ": " + e.getMessage(), e));
            }
        });
        return outcome;
    }

    private CallControlClient client(ServerRole role) {
        CallControlClient client = clients.get(role);
        if (client == null) {
            URI address = settings.soapEndpoints().get(role);
            if (address == null) {
                throw new ConnectorException("no SOAP call-control endpoint is configured for the " + role + " server");
            }
            client = factory.open(address, settings.requestTimeout());
            clients.put(role, client);
        }
        return client;
    }

    /** On the io thread, or after it stopped. */
    @Override
    public void close() {
        clients.values().forEach(CallControlClient::close);
        clients.clear();
    }
}
