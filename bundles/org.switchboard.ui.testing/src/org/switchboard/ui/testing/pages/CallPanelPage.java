package org.switchboard.ui.testing.pages;

import org.eclipse.swt.widgets.Control;
import org.switchboard.ui.testing.UiDriver;
import org.switchboard.ui.testing.WidgetHandle;

/** The interaction control panel of one call in the voice view. */
public class CallPanelPage {

    private final UiDriver driver;
    private final String interactionId;

    public CallPanelPage(UiDriver driver, String interactionId) {
        this.driver = driver;
        this.interactionId = interactionId;
    }

    /** Waits until the panel is there and laid out in the view (the view lays itself out a moment after events). */
    public CallPanelPage waitUntilShown() {
        Control panel = (Control) driver.find(id("panel")).widget();
        driver.waitUntil("the panel of call " + interactionId + " to be laid out",
                () -> driver.onUi(() -> !panel.isDisposed() && panel.getSize().y > 0));
        return this;
    }

    public WidgetHandle state() {
        return driver.find(id("state"));
    }

    public CallPanelPage waitForState(String text) {
        state().waitForText(text);
        return this;
    }

    /** The button of {@code action}, named as the core names it (HOLD, RESUME, CONFERENCE, ...). */
    public WidgetHandle button(String action) {
        return driver.find(id(action.toLowerCase()));
    }

    public boolean enabled(String action) {
        return button(action).isEnabled();
    }

    public boolean shown(String action) {
        return button(action).isVisible();
    }

    /** Waits for the action to be allowed, then clicks it. */
    public CallPanelPage click(String action) {
        button(action).waitUntilEnabled().click();
        return this;
    }

    public TransferDialogPage consult() {
        click("CONSULT");
        return new TransferDialogPage(driver).waitUntilOpen();
    }

    public TransferDialogPage transfer() {
        click("BLIND_TRANSFER");
        return new TransferDialogPage(driver).waitUntilOpen();
    }

    /** The second panel agent 1 sees during a consult: the consulted agent, with its state and timer. */
    public WidgetHandle consultParty() {
        return driver.find(id("consult.party"));
    }

    public WidgetHandle consultState() {
        return driver.find(id("consult.state"));
    }

    public WidgetHandle consultTimer() {
        return driver.find(id("consult.timer"));
    }

    public CallPanelPage waitForConsultState(String text) {
        consultState().waitForText(text);
        return this;
    }

    /** Waits for the consult leg's action (HOLD_CONSULT, TRANSFER, CONFERENCE, END_CONSULT, ...) and clicks it. */
    public CallPanelPage clickOnConsult(String action) {
        driver.find(id("consult." + action.toLowerCase())).waitUntilEnabled().click();
        return this;
    }

    public boolean consultButtonShown(String action) {
        return driver.find(id("consult." + action.toLowerCase())).isVisible();
    }

    public boolean consultPanelShown() {
        return driver.exists(id("consult.panel"));
    }

    public CallPanelPage waitUntilConsultPanelGone() {
        driver.waitUntilGone(id("consult.panel"));
        return this;
    }

    /** "Web callback" or "Courtesy callback" above the caller; empty for other calls. */
    public WidgetHandle callbackLabel() {
        return driver.find(id("label"));
    }

    /** Cancels a callback whose customer has not answered yet. */
    public CallPanelPage cancelCallback() {
        driver.find(id("cancel")).waitUntilEnabled().click();
        return this;
    }

    /** "Recording", "Recording paused" or the privacy shield's "Recording resumes in 0:27". */
    public WidgetHandle recording() {
        return driver.find(id("recording"));
    }

    /** The field (or label, for read-only and secure values) of call variable {@code name}. */
    public WidgetHandle callVariable(String name) {
        return driver.find(id("cad." + name));
    }

    /** Whether the panel shows call variable {@code name} at all. */
    public boolean showsCallVariable(String name) {
        return driver.exists(id("cad." + name));
    }

    /** "No call data", shown for a call that carries no variables. */
    public WidgetHandle noCallData() {
        return driver.find(id("cad.none"));
    }

    /** The "Click to try again" link of a secure call variable, which shows its value for a few seconds. */
    public WidgetHandle revealLink(String name) {
        return driver.find(id("cad." + name + ".retry"));
    }

    public CallPanelPage editCallVariable(String name, String value) {
        callVariable(name).setText(value);
        return this;
    }

    public WidgetHandle saveCallData() {
        return driver.find(id("cad.save"));
    }

    public WidgetHandle revertCallData() {
        return driver.find(id("cad.revert"));
    }

    /** What the call data editor says: too long, not saved, or another agent saved first. */
    public WidgetHandle callDataMessage() {
        return driver.find(id("cad.message"));
    }

    public void waitUntilGone() {
        driver.waitUntilGone(id("panel"));
    }

    private String id(String part) {
        return "voice.call." + interactionId + "." + part;
    }
}
