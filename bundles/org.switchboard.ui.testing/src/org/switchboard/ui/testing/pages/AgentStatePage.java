package org.switchboard.ui.testing.pages;

import org.switchboard.ui.testing.UiDriver;
import org.switchboard.ui.testing.WidgetHandle;

/** The agent-state bar and the RONA popover. */
public class AgentStatePage {

    private final UiDriver driver;

    public AgentStatePage(UiDriver driver) {
        this.driver = driver;
    }

    public WidgetHandle state() {
        return driver.find("agent.state");
    }

    public WidgetHandle pending() {
        return driver.find("agent.pending");
    }

    /** The bar's announcement line: the latest thing the agent was told of. */
    public WidgetHandle announcement() {
        return driver.find("agent.announcement");
    }

    public WidgetHandle connection() {
        return driver.find("agent.connection");
    }

    public WidgetHandle outbox() {
        return driver.find("agent.outbox");
    }

    /**
     * Waits until nothing waits in the outbox to be sent: "nothing pending", or none pending beside
     * entries the server refused earlier (those stay listed for the agent to see).
     */
    public AgentStatePage waitUntilOutboxSent() {
        WidgetHandle outbox = outbox();
        driver.waitUntil("nothing pending in the outbox", () -> {
            String text = outbox.text();
            return text.equals("Outbox: nothing pending") || text.startsWith("Outbox: 0 pending");
        });
        return this;
    }

    public WidgetHandle timeInState() {
        return driver.find("agent.time");
    }

    public boolean loggedIn() {
        return !driver.find("agent.login").isEnabled();
    }

    public AgentStatePage ready() {
        driver.find("agent.ready").waitUntilEnabled().click();
        return this;
    }

    public AgentStatePage notReady(String reasonLabel) {
        driver.find("agent.reason").select(reasonLabel);
        driver.find("agent.notready").waitUntilEnabled().click();
        return this;
    }

    public AgentStatePage waitForState(String text) {
        state().waitForText(text);
        return this;
    }

    public boolean ronaShown() {
        return driver.exists("rona.popover");
    }

    public AgentStatePage waitForRona() {
        driver.find("rona.popover");
        return this;
    }

    public AgentStatePage ronaAvailable() {
        driver.find("rona.available").click();
        return this;
    }

    public AgentStatePage ronaIdle() {
        driver.find("rona.idle").click();
        return this;
    }

    public void waitUntilRonaClosed() {
        driver.waitUntilGone("rona.popover");
    }
}
