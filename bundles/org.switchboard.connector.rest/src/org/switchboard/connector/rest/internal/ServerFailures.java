package org.switchboard.connector.rest.internal;

import java.io.EOFException;
import java.net.ConnectException;
import java.net.SocketException;
import java.util.Locale;

import org.switchboard.connector.rest.RestException;

/** How a request to a server failed, as far as reconnecting cares. */
final class ServerFailures {

    private ServerFailures() {
    }

    /** Nothing listened on the server's port: the process is down or being restarted. */
    static boolean refused(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConnectException) {
                return true;
            }
        }
        return false;
    }

    /**
     * The server's port accepted but the server answered as one still starting: the connection was
     * reset or closed without an answer, the API is not deployed yet (404), or the server or a proxy
     * in front of it is not ready (502, 503, 504).
     */
    static boolean startingUp(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof RestException r && r.status() != 0) {
                int status = r.status();
                return status == 404 || status == 502 || status == 503 || status == 504;
            }
            if (t instanceof ConnectException) {
                return false;
            }
            if (t instanceof EOFException) {
                return true;
            }
            if (t instanceof SocketException s) {
                String m = s.getMessage() == null ? "" : s.getMessage().toLowerCase(Locale.ROOT);
                return m.contains("reset") || m.contains("end of file") || m.contains("closed");
            }
        }
        return false;
    }
}
