package org.switchboard.ui.internal.desktop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.junit.jupiter.api.Test;
import org.switchboard.connector.ConnectionSettings;
import org.switchboard.ui.testing.pages.CallPanelPage;
import org.switchboard.ui.testing.pages.LoginDialogPage;

/**
 * The agent chooses SOAP call control in the login dialog: calls are answered and held through the
 * server's SOAP endpoint, and the choice is kept for the next login. Leaves the desktop logged out
 * with REST chosen, as it found the preferences.
 */
class SoapCallControlDesktopTest extends DesktopTest {

    @Test
    void callsAreAnsweredAndHeldOverSoapWhenChosenAtLoginAndTheChoiceIsKept() {
        String api = server.api().toString();
        URI soap = server.soap();
        loggedOut();

        LoginDialogPage login = workbench.login();
        login.callControl("SOAP").soapEndpoint("soap endpoint").logIn(api, "a1", "a1-demo")
                .waitForMessageContaining("SOAP endpoint is not a valid");
        assertEquals("soap endpoint", login.field("soapEndpoint").text(), "the bad value stays for correction");
        login.soapEndpoint(soap.toString()).secondary("ftp://backup.example").logIn(api, "a1", "a1-demo")
                .waitForMessageContaining("secondary server address is not a valid");
        assertEquals("ftp://backup.example", login.field("secondary").text());
        login.secondary("").logIn(api, "a1", "a1-demo").waitUntilClosed();
        agent.connection().waitForText("Connected");
        if (!"Ready".equals(agent.state().text())) {
            agent.ready().waitForState("Ready");
        }

        int before = server.soapActions.get();
        String call = server.customerCalls("Gil Soto", "+12015550144");
        offers.waitForOffer(call);
        offers.accept(call).waitUntilGone(call);
        CallPanelPage panel = workbench.call(call).waitUntilShown().waitForState("Connected");
        panel.click("HOLD").waitForState("Call on hold");
        assertEquals(before + 2, server.soapActions.get(), "ANSWER and HOLD went over SOAP");
        panel.click("RESUME").waitForState("Connected");
        server.customerHangsUp(call);
        workbench.wrapUp().waitUntilOpen().reason("Resolved").submit();
        driver.waitUntil("the wrap-up to reach the server", () -> server.center.interactionsOf("a1").isEmpty());
        loggedOut();

        login = workbench.login();
        assertTrue(login.callControlChosen("SOAP"), "SOAP is kept for the next login");
        assertEquals(soap.toString(), login.field("soapEndpoint").text());
        assertEquals(api, login.field("server").text());
        login.callControl("REST").logIn(api, "a1", "a1-demo").waitUntilClosed();
        agent.connection().waitForText("Connected");
        assertEquals("rest", InstanceScope.INSTANCE.getNode("org.switchboard.ui")
                .get(ConnectionSettings.PREFERENCE_CALL_CONTROL, ""));
        loggedOut();
    }
}
