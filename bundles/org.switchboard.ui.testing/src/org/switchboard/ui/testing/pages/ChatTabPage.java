package org.switchboard.ui.testing.pages;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Text;
import org.switchboard.ui.testing.UiDriver;
import org.switchboard.ui.testing.WidgetHandle;

/** One chat's tab: customer, state, mobile contact, transcript, message box and actions. */
public class ChatTabPage {

    private final UiDriver driver;
    private final String interactionId;

    public ChatTabPage(UiDriver driver, String interactionId) {
        this.driver = driver;
        this.interactionId = interactionId;
    }

    public ChatTabPage waitUntilShown() {
        driver.find(id("tab"));
        return this;
    }

    public void waitUntilGone() {
        driver.waitUntilGone(id("tab"));
    }

    public WidgetHandle part(String part) {
        return driver.find(id(part));
    }

    public WidgetHandle state() {
        return part("state");
    }

    public ChatTabPage waitForState(String text) {
        state().waitForText(text);
        return this;
    }

    public WidgetHandle notice() {
        return part("notice");
    }

    public WidgetHandle input() {
        return part("input");
    }

    public WidgetHandle counter() {
        return part("counter");
    }

    /** Clicks this chat's tab, so that its controls can be used. */
    public ChatTabPage select() {
        new ChatViewPage(driver).select(interactionId);
        return this;
    }

    public ChatTabPage type(String text) {
        select();
        input().setText(text);
        return this;
    }

    public ChatTabPage send() {
        part("send").waitUntilEnabled().click();
        return this;
    }

    /** Types {@code text}, sends it and waits until the transcript shows it. */
    public ChatTabPage say(String text) {
        int before = lines().size();
        type(text).send();
        driver.waitUntil("the transcript to show \"" + text + "\"",
                () -> lines().stream().skip(before).anyMatch(l -> l.endsWith(": " + text)));
        return this;
    }

    /** The transcript lines as shown, oldest first. */
    public List<String> lines() {
        ScrolledComposite scroller = (ScrolledComposite) driver.find(id("transcript")).widget();
        return driver.onUi(() -> {
            List<String> texts = new ArrayList<>();
            if (!scroller.isDisposed() && scroller.getContent() instanceof Composite content) {
                for (Control c : content.getChildren()) {
                    if (c instanceof Text t) {
                        texts.add(t.getText());
                    }
                }
            }
            return texts;
        });
    }

    public ChatTabPage waitForLineEndingWith(String text) {
        driver.waitUntil("a transcript line ending with \"" + text + "\"",
                () -> lines().stream().anyMatch(l -> l.endsWith(text)));
        return this;
    }

    public ChatTabPage click(String part) {
        select();
        part(part).waitUntilEnabled().click();
        return this;
    }

    public CannedResponsesPage cannedResponses() {
        click("canned");
        return new CannedResponsesPage(driver).waitUntilOpen();
    }

    public ChatTransferDialogPage transfer() {
        click("transfer");
        return new ChatTransferDialogPage(driver).waitUntilOpen();
    }

    public ChatTabPage end() {
        return click("end");
    }

    public WidgetHandle phone() {
        return part("phone");
    }

    public WidgetHandle callStatus() {
        return part("call");
    }

    /** "... is typing", empty while the customer is not. */
    public WidgetHandle typing() {
        return part("typing");
    }

    public WidgetHandle location() {
        return part("location");
    }

    public WidgetHandle mapLink() {
        return part("map");
    }

    /** The thumbnail of picture {@code index}, once it is loaded. */
    public WidgetHandle picture(int index) {
        return part("picture." + index + ".open");
    }

    public WidgetHandle pictureStatus(int index) {
        return part("picture." + index + ".status");
    }

    public String toolTip(String part) {
        Control c = (Control) part(part).widget();
        return driver.onUi(c::getToolTipText);
    }

    private String id(String part) {
        return "chat." + interactionId + "." + part;
    }
}
