package org.switchboard.ui.internal.login;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.preferences.DefaultScope;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.osgi.service.prefs.BackingStoreException;
import org.osgi.service.prefs.Preferences;
import org.switchboard.connector.CallControlProtocol;
import org.switchboard.connector.ConnectionSettings;

/**
 * What the login dialog starts with and keeps for the next login: the server, the secondary server,
 * the call-control choice and the SOAP endpoint entered (the password never), in the workspace's
 * instance preferences. The administrator's defaults ({@code plugin_customization.ini}, read into the
 * default scope) fill in what the agent has not chosen; the keys the administrator lists under
 * {@value #LOCKED} always take the administrator's value and are never kept from the dialog.
 * Writing to disk happens off the UI thread.
 */
public final class LoginPreferences {

    static final String SERVER = "login.server";
    static final String SECONDARY = "login.secondary";
    static final String CALL_CONTROL = ConnectionSettings.PREFERENCE_CALL_CONTROL;
    static final String SOAP_ENDPOINT = ConnectionSettings.PREFERENCE_SOAP_PRIMARY;
    /** The administrator's list of keys the agent may not change, comma separated. */
    static final String LOCKED = "locked";

    private static final System.Logger LOG = System.getLogger(LoginPreferences.class.getName());

    private final Preferences node;
    private final Preferences administrator;
    private final Set<String> locked;

    LoginPreferences(Preferences node, Preferences administrator) {
        this.node = node;
        this.administrator = administrator;
        this.locked = Arrays.stream(administrator.get(LOCKED, "").split(",")).map(String::strip)
                .filter(k -> !k.isEmpty()).collect(Collectors.toUnmodifiableSet());
    }

    /** The desktop bundle's preferences: the workspace's, over the administrator's defaults. */
    public static LoginPreferences instance() {
        return new LoginPreferences(InstanceScope.INSTANCE.getNode("org.switchboard.ui"),
                DefaultScope.INSTANCE.getNode("org.switchboard.ui"));
    }

    /** Whether the administrator locked {@code key}: the dialog shows its value read-only. */
    boolean isLocked(String key) {
        return locked.contains(key);
    }

    /**
     * What was kept, over the administrator's defaults, over {@code values} from the environment; a
     * server given in the environment wins over a kept one, a locked one wins over both.
     */
    LoginChoice load(LoginValues values) {
        boolean serverGiven = !LoginValues.DEFAULT_SERVER.equals(values.server());
        String server = isLocked(SERVER) ? administrator.get(SERVER, values.server())
                : serverGiven ? values.server() : get(SERVER, values.server());
        CallControlProtocol callControl;
        try {
            callControl = CallControlProtocol.fromPreference(get(CALL_CONTROL, ""));
        } catch (IllegalArgumentException e) {
            callControl = CallControlProtocol.REST;
        }
        return new LoginChoice(server, get(SECONDARY, ""), callControl, get(SOAP_ENDPOINT, ""));
    }

    private String get(String key, String fallback) {
        String adminValue = administrator.get(key, fallback);
        return isLocked(key) ? adminValue : node.get(key, adminValue);
    }

    /** Keeps {@code choice} for the next login; returns once it is in memory, writes it to disk later. */
    CompletableFuture<Void> save(LoginChoice choice) {
        put(SERVER, choice.server());
        put(SECONDARY, choice.secondary());
        put(CALL_CONTROL, choice.callControl().name().toLowerCase(Locale.ROOT));
        put(SOAP_ENDPOINT, choice.soapEndpoint());
        return CompletableFuture.runAsync(() -> {
            try {
                node.flush();
            } catch (BackingStoreException e) {
                LOG.log(System.Logger.Level.WARNING, "the login preferences could not be written", e);
            }
        });
    }

    private void put(String key, String value) {
        if (isLocked(key)) {
            node.remove(key);
        } else {
            node.put(key, value);
        }
    }
}
