package org.switchboard.ui.internal.login;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.util.Optional;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.osgi.service.prefs.BackingStoreException;
import org.osgi.service.prefs.Preferences;
import org.switchboard.connector.CallControlProtocol;

/** The SOAP endpoint derived from a server's address, and what the login preferences keep. */
class LoginChoiceTest {

    private final Preferences node = InstanceScope.INSTANCE.getNode("org.switchboard.ui.tests").node("login");
    private final Preferences administrator = InstanceScope.INSTANCE.getNode("org.switchboard.ui.tests")
            .node("administrator");

    @AfterEach
    void removeNodes() throws BackingStoreException {
        node.removeNode();
        administrator.removeNode();
    }

    @Test
    void theSoapEndpointIsOnTheNextPortOfTheServersHost() {
        assertEquals(Optional.of(URI.create("http://127.0.0.1:8472/soap/callcontrol")),
                LoginChoice.derivedSoapEndpoint("http://127.0.0.1:8471/api/v1/"));
        assertEquals(Optional.of(URI.create("https://cc.example.com:444/soap/callcontrol")),
                LoginChoice.derivedSoapEndpoint(" https://cc.example.com/api/v1/ "));
        assertEquals(Optional.empty(), LoginChoice.derivedSoapEndpoint("cc.example.com:8471"));
        assertEquals(Optional.empty(), LoginChoice.derivedSoapEndpoint("ftp://cc.example.com/"));
    }

    @Test
    void whatWasKeptComesBackAndAServerFromTheEnvironmentWins() throws Exception {
        LoginPreferences preferences = new LoginPreferences(node, administrator);
        LoginValues defaults = new LoginValues(LoginValues.DEFAULT_SERVER, "", "", false);
        assertEquals(new LoginChoice(LoginValues.DEFAULT_SERVER, "", CallControlProtocol.REST, ""),
                preferences.load(defaults), "nothing kept yet");

        LoginChoice choice = new LoginChoice("http://cc1.example.com:8471/api/v1/",
                "http://cc2.example.com:8471/api/v1/", CallControlProtocol.SOAP, "");
        preferences.save(choice).get();
        assertEquals(choice, new LoginPreferences(node, administrator).load(defaults));

        LoginValues fromEnvironment = new LoginValues("http://cc3.example.com:8471/api/v1/", "", "", false);
        assertEquals("http://cc3.example.com:8471/api/v1/", preferences.load(fromEnvironment).server());
    }
}
