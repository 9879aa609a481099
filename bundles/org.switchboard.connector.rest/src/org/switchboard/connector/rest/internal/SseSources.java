package org.switchboard.connector.rest.internal;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import javax.ws.rs.client.WebTarget;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.sse.SseEventSource;

import org.apache.cxf.jaxrs.sse.client.SseEventSourceBuilderImpl;

/**
 * Creates CXF event sources directly: {@code SseEventSource.target(...)} looks the implementation
 * up through the JAX-RS API's service lookup, which does not see CXF's service files in OSGi.
 */
public final class SseSources {

    private SseSources() {
    }

    public static SseEventSource create(WebTarget target, String lastEventId, Duration reconnectDelay) {
        // CXF sends this property as Last-Event-ID on the first connection; later reconnects
        // send the id of the last event received.
        WebTarget configured = lastEventId == null ? target : target.property(HttpHeaders.LAST_EVENT_ID_HEADER, lastEventId);
        return new Builder(configured).reconnectingEvery(reconnectDelay.toMillis(), TimeUnit.MILLISECONDS).build();
    }

    private static final class Builder extends SseEventSourceBuilderImpl {
        Builder(WebTarget target) {
            target(target);
        }
    }
}
