package org.switchboard.server.store.tests;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.switchboard.server.store.internal.EclipseLinkLog;

/**
 * What EclipseLink logs through the store's logger while this is open, at every level the store lets
 * through (the platform logger passes all of them meanwhile).
 */
final class EclipseLinkRecords extends Handler implements AutoCloseable {

    private final Logger logger = Logger.getLogger(EclipseLinkLog.NAME);
    private final Level before = logger.getLevel();
    private final List<LogRecord> records = new CopyOnWriteArrayList<>();

    EclipseLinkRecords() {
        logger.setLevel(Level.ALL);
        logger.addHandler(this);
    }

    /** Level, message and failure of each record at {@code least} or above. */
    List<String> atLeast(Level least) {
        return records.stream().filter(r -> r.getLevel().intValue() >= least.intValue())
                .map(r -> r.getLevel() + " " + r.getMessage() + (r.getThrown() == null ? "" : " " + r.getThrown()))
                .toList();
    }

    /** Everything logged, one record a line. */
    String text() {
        return String.join("\n", atLeast(Level.ALL));
    }

    @Override
    public void publish(LogRecord r) {
        records.add(r);
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
        logger.removeHandler(this);
        logger.setLevel(before);
    }
}
