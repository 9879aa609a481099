package org.switchboard.connector.rest.internal;

import java.net.URI;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

import org.switchboard.callcontrol.CallControlFault;
import org.switchboard.callcontrol.CallStatus;
import org.switchboard.connector.ConnectionSettings;
import org.switchboard.connector.ConnectorEvent;
import org.switchboard.connector.ConnectorException;
import org.switchboard.connector.ServerRole;
import org.switchboard.connector.soap.SoapCallControl;

/**
 * Sends live call control over the SOAP endpoint of the server the session talks to, once, with a
 * fresh request id, on the {@code io} executor. The server answers synchronously: the answer
 * completes the action's stage unless its outcome event came first; listeners hear of the outcome
 * from the event. A fault is a refusal, reported once like a refusal event. A token the server no
 * longer knows is renewed by a login and the request repeated with the same request id.
 */
final class SoapActionSender implements AutoCloseable {

    private static final String UNAUTHORIZED = "UNAUTHORIZED";

    /** One SOAP call of an action. */
    @FunctionalInterface
    interface Call {
        CallStatus send(SoapCallControl port, String token, String requestId) throws CallControlFault;
    }

    private final OutboxSender.Session session;
    private final Executor io;
    private final ConnectionSettings settings;
    /** Created on the io thread when first used: creating one reads the WSDL. */
    private final Map<ServerRole, SoapCallControl> ports = new EnumMap<>(ServerRole.class);

    SoapActionSender(OutboxSender.Session session, Executor io, ConnectionSettings settings) {
        this.session = session;
        this.io = io;
        this.settings = settings;
    }

    CompletableFuture<ConnectorEvent.ActionCompleted> send(String interactionId, String action, Call call) {
        String requestId = UUID.randomUUID().toString();
        CompletableFuture<ConnectorEvent.ActionCompleted> outcome = session.outcomes().expect(requestId);
        io.execute(() -> {
            try {
                ServerLink link = session.link();
                SoapCallControl port = port(link.role());
                String token = link.token();
                try {
                    call.send(port, token, requestId);
                } catch (CallControlFault f) {
                    if (!UNAUTHORIZED.equals(rule(f))) {
                        throw f;
                    }
                    link.login(token);
                    call.send(port, link.token(), requestId);
                }
                session.outcomes().answered(new ConnectorEvent.ActionCompleted(requestId, interactionId, action));
            } catch (CallControlFault f) {
                ConnectorEvent.ActionRefused refused = new ConnectorEvent.ActionRefused(requestId, interactionId, action,
                        rule(f), f.getFaultInfo() != null && f.getFaultInfo().getMessage() != null
                                ? f.getFaultInfo().getMessage() : f.getMessage());
                if (session.outcomes().arrived(refused)) {
                    session.publish(refused);
                }
            } catch (RuntimeException e) {
                session.outcomes().fail(requestId,
                        new ConnectorException(action + " was not sent over SOAP: " + e.getMessage(), e));
            }
        });
        return outcome;
    }

    private SoapCallControl port(ServerRole role) {
        SoapCallControl port = ports.get(role);
        if (port == null) {
            URI address = settings.soapEndpoints().get(role);
            if (address == null) {
                throw new ConnectorException("no SOAP call-control endpoint is configured for the " + role + " server");
            }
            port = new SoapCallControl(address, settings.requestTimeout());
            ports.put(role, port);
        }
        return port;
    }

    private static String rule(CallControlFault f) {
        return f.getFaultInfo() == null ? null : f.getFaultInfo().getRule();
    }

    /** On the io thread, or after it stopped. */
    @Override
    public void close() {
        ports.values().forEach(SoapCallControl::close);
        ports.clear();
    }
}
