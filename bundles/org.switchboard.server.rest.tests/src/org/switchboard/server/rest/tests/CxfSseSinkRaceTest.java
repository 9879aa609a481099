package org.switchboard.server.rest.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.Proxy;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javax.servlet.AsyncContext;
import javax.servlet.AsyncListener;
import javax.servlet.ServletContext;
import javax.servlet.ServletOutputStream;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.WriteListener;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.MultivaluedMap;
import javax.ws.rs.ext.MessageBodyWriter;
import javax.ws.rs.sse.OutboundSseEvent;

import org.apache.cxf.jaxrs.sse.SseEventSinkImpl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Why event streams do not send through {@code SseEventSink.send}: CXF 3.6's sink queues each event
 * for a dispatcher that, once it finds its queue empty, clears its "dispatching" flag without looking
 * again, and {@code send} starts a dispatcher only when that flag is clear. An event queued in
 * between is never written, and a sender that waits for it waits forever; the stream that waited 10 s
 * for it then ended, losing it. Here the dispatcher is held at that moment on purpose.
 *
 * <p>Should this test fail, CXF no longer strands the event, and writing through the sink is safe again.
 */
class CxfSseSinkRaceTest {

    private final ExecutorService container = Executors.newSingleThreadExecutor();

    @AfterEach
    void stop() {
        container.shutdownNow();
    }

    @Test
    void anEventSentAsTheDispatcherFindsItsQueueEmptyIsNeverWritten() throws Exception {
        ByteArrayOutputStream wire = new ByteArrayOutputStream();
        SseEventSinkImpl sink = new SseEventSinkImpl(new DataWriter(), null, new Async(container, wire));
        PausingQueue queue = new PausingQueue();
        Field buffer = SseEventSinkImpl.class.getDeclaredField("buffer");
        buffer.setAccessible(true);
        buffer.set(sink, queue);

        sink.send(new Data("one")).toCompletableFuture().get(5, TimeUnit.SECONDS);
        assertTrue(queue.foundEmpty.await(5, TimeUnit.SECONDS), "the dispatcher looked for a next event");
        CompletableFuture<?> second = sink.send(new Data("two")).toCompletableFuture();
        queue.resume.countDown();

        assertThrows(TimeoutException.class, () -> second.get(2, TimeUnit.SECONDS),
                "CXF wrote an event queued as its dispatcher finished: the workaround in EventStreams may go");
        assertEquals("one", wire.toString(StandardCharsets.UTF_8));
        assertEquals(1, queue.size(), "the second event waits in the queue for a dispatcher that never comes");
    }

    /** CXF's queue, holding the dispatcher the first time it finds nothing to send. */
    private static final class PausingQueue extends ArrayBlockingQueue<Object> {
        private static final long serialVersionUID = 1L;
        final transient CountDownLatch foundEmpty = new CountDownLatch(1);
        final transient CountDownLatch resume = new CountDownLatch(1);

        PausingQueue() {
            super(16);
        }

        @Override
        public Object poll() {
            Object next = super.poll();
            if (next == null && foundEmpty.getCount() > 0) {
                foundEmpty.countDown();
                try {
                    resume.await(5, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return next;
        }
    }

    /** An event of data only. */
    private record Data(Object getData) implements OutboundSseEvent {
        @Override
        public String getId() {
            return null;
        }

        @Override
        public String getName() {
            return null;
        }

        @Override
        public String getComment() {
            return null;
        }

        @Override
        public long getReconnectDelay() {
            return -1;
        }

        @Override
        public boolean isReconnectDelaySet() {
            return false;
        }

        @Override
        public Class<?> getType() {
            return String.class;
        }

        @Override
        public Type getGenericType() {
            return String.class;
        }

        @Override
        public MediaType getMediaType() {
            return MediaType.TEXT_PLAIN_TYPE;
        }
    }

    /** Writes an event's data only. */
    private static final class DataWriter implements MessageBodyWriter<OutboundSseEvent> {
        @Override
        public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
            return true;
        }

        @Override
        public void writeTo(OutboundSseEvent event, Class<?> type, Type genericType, Annotation[] annotations,
                MediaType mediaType, MultivaluedMap<String, Object> httpHeaders, OutputStream out)
                throws java.io.IOException {
            out.write(String.valueOf(event.getData()).getBytes(StandardCharsets.UTF_8));
        }
    }

    /** A servlet container's asynchronous request as far as the sink uses it: its tasks run on one thread. */
    private static final class Async implements AsyncContext {
        private final ExecutorService container;
        private final ServletResponse response;

        Async(ExecutorService container, ByteArrayOutputStream wire) {
            this.container = container;
            ServletOutputStream out = new ServletOutputStream() {
                @Override
                public void write(int b) {
                    wire.write(b);
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setWriteListener(WriteListener listener) {
                }
            };
            this.response = (ServletResponse) Proxy.newProxyInstance(ServletResponse.class.getClassLoader(),
                    new Class<?>[] { ServletResponse.class }, (proxy, method, args) -> switch (method.getName()) {
                        case "getOutputStream" -> out;
                        case "isCommitted" -> false;
                        case "getBufferSize" -> 0;
                        default -> null;
                    });
        }

        @Override
        public void start(Runnable run) {
            container.execute(run);
        }

        @Override
        public ServletResponse getResponse() {
            return response;
        }

        @Override
        public ServletRequest getRequest() {
            return null;
        }

        @Override
        public boolean hasOriginalRequestAndResponse() {
            return true;
        }

        @Override
        public void dispatch() {
        }

        @Override
        public void dispatch(String path) {
        }

        @Override
        public void dispatch(ServletContext context, String path) {
        }

        @Override
        public void complete() {
        }

        @Override
        public void addListener(AsyncListener listener) {
        }

        @Override
        public void addListener(AsyncListener listener, ServletRequest request, ServletResponse response) {
        }

        @Override
        public <T extends AsyncListener> T createListener(Class<T> type) {
            return null;
        }

        @Override
        public void setTimeout(long timeout) {
        }

        @Override
        public long getTimeout() {
            return 0;
        }
    }
}
