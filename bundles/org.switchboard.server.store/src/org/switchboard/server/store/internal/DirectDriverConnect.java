package org.switchboard.server.store.internal;

import org.eclipse.persistence.sessions.DatabaseLogin;
import org.eclipse.persistence.sessions.Session;
import org.eclipse.persistence.sessions.SessionCustomizer;

/**
 * Connects through the JDBC driver itself rather than {@code DriverManager}. In OSGi the
 * {@code DriverManager} hands out only drivers its caller's class loader sees, and EclipseLink's bundle
 * does not see PostgreSQL's: the packaged server answered "No suitable driver" for every PostgreSQL URL.
 */
public final class DirectDriverConnect implements SessionCustomizer {

    @Override
    public void customize(Session session) {
        DatabaseLogin login = (DatabaseLogin) session.getDatasourceLogin();
        login.useDirectDriverConnect(login.getDriverClassName(), "", login.getConnectionString());
    }
}
