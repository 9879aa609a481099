package org.switchboard.server.store.internal;

import java.sql.SQLException;

final class Columns {

    private Columns() {
    }

    static String cut(String value, int length) {
        return value == null || value.length() <= length ? value : value.substring(0, length);
    }

    /** What went wrong, without the message: database messages may quote a row's values. */
    static String kind(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                return "SQL state " + sql.getSQLState() + ", error " + sql.getErrorCode();
            }
        }
        return e.getClass().getName();
    }
}
