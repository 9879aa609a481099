package org.switchboard.ui.internal.login;

import java.util.concurrent.CompletableFuture;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.osgi.service.prefs.BackingStoreException;
import org.osgi.service.prefs.Preferences;
import org.switchboard.connector.CallControlProtocol;
import org.switchboard.connector.ConnectionSettings;

/**
 * What the login dialog keeps for the next login, in the workspace's instance preferences: the
 * server, the secondary server, the call-control choice and the SOAP endpoint entered (the
 * password never). Writing to disk happens off the UI thread.
 */
public final class LoginPreferences {

    static final String SERVER = "login.server";
    static final String SECONDARY = "login.secondary";

    private static final System.Logger LOG = System.getLogger(LoginPreferences.class.getName());

    private final Preferences node;

    LoginPreferences(Preferences node) {
        this.node = node;
    }

    /** The preferences of the desktop's bundle in the instance (workspace) scope. */
    public static LoginPreferences instance() {
        return new LoginPreferences(InstanceScope.INSTANCE.getNode("org.switchboard.ui"));
    }

    /** What was kept, over {@code values} from the environment: a server given there wins. */
    LoginChoice load(LoginValues values) {
        boolean serverGiven = !LoginValues.DEFAULT_SERVER.equals(values.server());
        String server = serverGiven ? values.server() : node.get(SERVER, values.server());
        CallControlProtocol callControl;
        try {
            callControl = CallControlProtocol.fromPreference(node.get(ConnectionSettings.PREFERENCE_CALL_CONTROL, ""));
        } catch (IllegalArgumentException e) {
            callControl = CallControlProtocol.REST;
        }
        return new LoginChoice(server, node.get(SECONDARY, ""), callControl,
                node.get(ConnectionSettings.PREFERENCE_SOAP_PRIMARY, ""));
    }

    /** Keeps {@code choice} for the next login; returns once it is in memory, writes it to disk later. */
    CompletableFuture<Void> save(LoginChoice choice) {
        node.put(SERVER, choice.server());
        node.put(SECONDARY, choice.secondary());
        node.put(ConnectionSettings.PREFERENCE_CALL_CONTROL, choice.callControl().name().toLowerCase(java.util.Locale.ROOT));
        node.put(ConnectionSettings.PREFERENCE_SOAP_PRIMARY, choice.soapEndpoint());
        return CompletableFuture.runAsync(() -> {
            try {
                node.flush();
            } catch (BackingStoreException e) {
                LOG.log(System.Logger.Level.WARNING, "the login preferences could not be written", e);
            }
        });
    }
}
