package org.switchboard.ui.internal.login;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Properties;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osgi.service.prefs.BackingStoreException;
import org.osgi.service.prefs.Preferences;
import org.switchboard.connector.CallControlProtocol;
import org.switchboard.ui.testing.UiDriver;

/**
 * The login dialog over an administrator's {@code plugin_customization.ini}: the defaults fill in what
 * the agent has not chosen, the locked settings show the administrator's value read-only and are
 * never kept from the dialog.
 */
class AdministratorDefaultsTest {

    private static final String QUALIFIER = "org.switchboard.ui/";

    private final UiDriver driver = UiDriver.forDefaultDisplay();
    private final Preferences root = InstanceScope.INSTANCE.getNode("org.switchboard.ui.tests");
    private final Preferences agentKept = root.node("kept");
    private final Preferences administrator = root.node("customization");
    private LoginDialog dialog;

    @BeforeEach
    void readTheCustomizationFile() throws IOException {
        Properties file = new Properties();
        try (InputStream in = getClass().getResourceAsStream("plugin_customization.ini")) {
            file.load(in);
        }
        file.stringPropertyNames().stream().filter(k -> k.startsWith(QUALIFIER))
                .forEach(k -> administrator.put(k.substring(QUALIFIER.length()), file.getProperty(k)));
    }

    @AfterEach
    void closeAndForget() throws BackingStoreException {
        if (dialog != null) {
            driver.onUi(() -> dialog.close());
        }
        root.removeNode();
    }

    @Test
    void lockedSettingsShowTheAdministratorsValueReadOnly() {
        agentKept.put(LoginPreferences.SERVER, "http://agents-own.example.com:8471/api/v1/");
        agentKept.put(LoginPreferences.CALL_CONTROL, "rest");
        LoginPreferences preferences = new LoginPreferences(agentKept, administrator);
        LoginValues fromEnvironment = new LoginValues("http://env.example.com:8471/api/v1/", "a1", "", false);

        dialog = driver.onUi(() -> {
            LoginDialog d = new LoginDialog(new Shell(driver.display()), null, fromEnvironment, null, () -> {
            }, preferences);
            d.open();
            return d;
        });
        driver.captureScreen(Path.of("target", "screenshots", "login-administrator-defaults.png"));

        driver.onUi(() -> {
            Text server = (Text) control(dialog.getShell(), LoginDialog.SERVER);
            assertEquals("http://cc1.example.com:8471/api/v1/", server.getText());
            assertFalse(server.isEnabled(), "the locked server can be edited");
            assertEquals(Messages.loginLocked, server.getToolTipText());
            Button soap = (Button) control(dialog.getShell(), LoginDialog.SOAP);
            Button rest = (Button) control(dialog.getShell(), LoginDialog.REST);
            assertTrue(soap.getSelection(), "the administrator's SOAP is not chosen");
            assertFalse(soap.isEnabled() || rest.isEnabled(), "the locked call control can be changed");
            Text secondary = (Text) control(dialog.getShell(), LoginDialog.SECONDARY);
            assertEquals("http://cc2.example.com:8471/api/v1/", secondary.getText());
            assertTrue(secondary.isEnabled(), "a default that is not locked is read-only");
        });
    }

    @Test
    void whatTheAgentChoosesIsKeptExceptTheLockedSettings() throws Exception {
        LoginPreferences preferences = new LoginPreferences(agentKept, administrator);
        preferences.save(new LoginChoice("http://agents-own.example.com:8471/api/v1/",
                "http://cc3.example.com:8471/api/v1/", CallControlProtocol.REST, "")).get();

        assertNull(agentKept.get(LoginPreferences.SERVER, null));
        assertNull(agentKept.get(LoginPreferences.CALL_CONTROL, null));
        assertEquals("http://cc3.example.com:8471/api/v1/", agentKept.get(LoginPreferences.SECONDARY, null));
        LoginChoice next = new LoginPreferences(agentKept, administrator)
                .load(new LoginValues(LoginValues.DEFAULT_SERVER, "", "", false));
        assertEquals(new LoginChoice("http://cc1.example.com:8471/api/v1/", "http://cc3.example.com:8471/api/v1/",
                CallControlProtocol.SOAP, ""), next);
    }

    private static Control control(Composite parent, String id) {
        for (Control child : parent.getChildren()) {
            if (id.equals(child.getData(UiDriver.ID_KEY))) {
                return child;
            }
            if (child instanceof Composite c) {
                Control found = control(c, id);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
