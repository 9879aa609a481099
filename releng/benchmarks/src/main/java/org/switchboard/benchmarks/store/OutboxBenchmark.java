package org.switchboard.benchmarks.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.switchboard.store.LocalStore;
import org.switchboard.store.OutboxStore;
import org.switchboard.store.StoreFactory;

/**
 * The desktop's outbox on a real H2 file through EclipseLink: every wrap-up, note and CAD edit is
 * appended here before it is sent, and marked sent when the server confirms it. Scores are
 * operations per second; each append and each mark is its own committed transaction.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class OutboxBenchmark {

    private static final String PAYLOAD = "{\"disposition\":\"resolved\",\"notes\":\"Customer asked for a refund of order 4711; approved.\"}";

    private Path folder;
    private LocalStore store;
    private OutboxStore outbox;
    private long sequence;

    @Setup(Level.Trial)
    public void open() throws IOException {
        folder = Files.createTempDirectory("switchboard-outbox-bench");
        store = new StoreFactory().open(folder);
        outbox = store.outbox();
    }

    @TearDown(Level.Trial)
    public void close() throws IOException {
        store.close();
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }

    /** Appending one entry to the outbox, as the desktop does when the agent submits a wrap-up. */
    @Benchmark
    public Object append() {
        return outbox.append("req-" + sequence++, "wrapup", PAYLOAD);
    }

    /** Appending one entry and marking it sent: the whole life of an entry on a healthy network. */
    @Benchmark
    public boolean appendAndMarkSent() {
        String requestId = "req-" + sequence++;
        outbox.append(requestId, "wrapup", PAYLOAD);
        return outbox.markSent(requestId);
    }
}
