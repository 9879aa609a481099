package org.switchboard.ui.testing.pages;

import java.util.List;

import org.switchboard.ui.testing.UiDriver;
import org.switchboard.ui.testing.WidgetHandle;

/** The Team view: a supervisor's team and help requests, or an agent's help form and requests. */
public class TeamViewPage {

    public static final String VIEW_ID = "org.switchboard.team.ui.view";

    private final UiDriver driver;

    public TeamViewPage(UiDriver driver) {
        this.driver = driver;
    }

    /** Brings the Team view to the front, as clicking its tab would. */
    public static TeamViewPage show(UiDriver driver) {
        new AgentWorkbenchPage(driver).showView(VIEW_ID);
        return new TeamViewPage(driver);
    }

    public WidgetHandle heading() {
        return driver.find("team.heading");
    }

    public WidgetHandle message() {
        return driver.find("team.message");
    }

    /** The team's agents: agent, state, time in state, working on, customer. */
    public List<List<String>> members() {
        return driver.find("team.members").rows();
    }

    public TeamViewPage waitForMember(String text) {
        driver.waitUntil("a team member row with " + text,
                () -> members().stream().anyMatch(row -> row.contains(text)));
        return this;
    }

    /** Selects the agent's row; the call controls then act on its call. */
    public TeamViewPage selectMember(String name) {
        driver.find("team.members").select(name);
        return this;
    }

    /** Monitor, Whisper or Barge in on the selected agent's call ({@code monitor}, {@code whisper}, {@code barge}). */
    public TeamViewPage listen(String how) {
        driver.find("team." + how).waitUntilEnabled().click();
        return this;
    }

    public TeamViewPage leaveCall() {
        driver.find("team.leave").waitUntilEnabled().click();
        return this;
    }

    /** What the supervisor listens to now. */
    public WidgetHandle listening() {
        return driver.find("team.listening");
    }

    public WidgetHandle request(String requestId) {
        return driver.find("team.request." + requestId + ".line");
    }

    public TeamViewPage take(String requestId) {
        driver.find("team.request." + requestId + ".take").waitUntilEnabled().click();
        return this;
    }

    public TeamViewPage close(String requestId) {
        driver.find("team.request." + requestId + ".close").waitUntilEnabled().click();
        driver.waitUntilGone("team.request." + requestId + ".line");
        return this;
    }

    /** An agent asks for help with the interaction whose label is {@code interactionLabel}. */
    public TeamViewPage askHelp(String interactionLabel, String note) {
        driver.find("team.interaction").select(interactionLabel);
        driver.find("team.note").setText(note);
        driver.find("team.ask").waitUntilEnabled().click();
        return this;
    }
}
