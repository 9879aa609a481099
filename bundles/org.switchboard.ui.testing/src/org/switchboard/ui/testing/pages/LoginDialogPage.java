package org.switchboard.ui.testing.pages;

import org.switchboard.ui.testing.UiDriver;
import org.switchboard.ui.testing.WidgetHandle;

/**
 * The login dialog: server, secondary server, call control (REST or SOAP, with the SOAP endpoint),
 * agent ID, password, and the message a failed login leaves.
 */
public class LoginDialogPage {

    private final UiDriver driver;

    LoginDialogPage(UiDriver driver) {
        this.driver = driver;
    }

    /** The dialog as the workbench opened it at start, or opened with the agent bar's Log in button. */
    public static LoginDialogPage open(UiDriver driver) {
        if (!driver.exists("login.dialog")) {
            driver.find("agent.login").waitUntilEnabled().click();
        }
        driver.find("login.dialog");
        return new LoginDialogPage(driver);
    }

    public LoginDialogPage logIn(String server, String agent, String password) {
        driver.find("login.server").setText(server);
        driver.find("login.agent").setText(agent);
        driver.find("login.password").setText(password);
        driver.find("login.submit").click();
        return this;
    }

    /** The failover server's address; empty for none. */
    public LoginDialogPage secondary(String server) {
        driver.find("login.secondary").setText(server);
        return this;
    }

    /** Chooses call control over {@code REST} or {@code SOAP}. */
    public LoginDialogPage callControl(String protocol) {
        driver.find("login." + protocol.toLowerCase(java.util.Locale.ROOT)).click();
        return this;
    }

    /** Whether call control over {@code REST} or {@code SOAP} is chosen. */
    public boolean callControlChosen(String protocol) {
        return driver.find("login." + protocol.toLowerCase(java.util.Locale.ROOT)).isSelected();
    }

    /** The SOAP call-control endpoint; empty to derive it from the server's address. */
    public LoginDialogPage soapEndpoint(String endpoint) {
        driver.find("login.soapEndpoint").setText(endpoint);
        return this;
    }

    public WidgetHandle message() {
        return driver.find("login.message");
    }

    public WidgetHandle field(String name) {
        return driver.find("login." + name);
    }

    /** Waits for the failure message, with the dialog still open and usable again. */
    public LoginDialogPage waitForMessageContaining(String part) {
        message().waitForTextContaining(part);
        driver.find("login.submit").waitUntilEnabled();
        return this;
    }

    public void waitUntilClosed() {
        driver.waitUntilGone("login.dialog");
    }
}
