package org.switchboard.server.store.internal;

import java.lang.System.Logger.Level;

import org.eclipse.persistence.logging.AbstractSessionLog;
import org.eclipse.persistence.logging.SessionLog;
import org.eclipse.persistence.logging.SessionLogEntry;

/**
 * EclipseLink's log written to the platform logger {@value #NAME}, as the rest of the server logs,
 * instead of to standard output. EclipseLink filters by its own level (the store's configured one)
 * before an entry gets here.
 */
public final class EclipseLinkLog extends AbstractSessionLog {

    public static final String NAME = "org.switchboard.server.store.eclipselink";
    private static final System.Logger LOG = System.getLogger(NAME);

    /** EclipseLink instantiates its logger by class name. */
    public EclipseLinkLog() {
        setShouldLogExceptionStackTrace(false);
    }

    @Override
    public void log(SessionLogEntry entry) {
        if (!shouldLog(entry.getLevel(), entry.getNameSpace())) {
            return;
        }
        Level level = level(entry.getLevel());
        String message = entry.hasMessage() ? formatMessage(entry) : null;
        Throwable failure = entry.getException();
        if (failure != null) {
            LOG.log(level, message == null ? failure.getClass().getName() : message, failure);
        } else if (message != null) {
            LOG.log(level, message);
        }
    }

    private static Level level(int eclipseLink) {
        if (eclipseLink >= SessionLog.SEVERE) {
            return Level.ERROR;
        } else if (eclipseLink >= SessionLog.WARNING) {
            return Level.WARNING;
        } else if (eclipseLink >= SessionLog.INFO) {
            return Level.INFO;
        } else if (eclipseLink >= SessionLog.FINE) {
            return Level.DEBUG;
        }
        return Level.TRACE;
    }
}
