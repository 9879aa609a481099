package org.switchboard.ui.testing.pages;

import java.util.List;

import org.eclipse.swt.widgets.Button;
import org.switchboard.ui.testing.UiDriver;
import org.switchboard.ui.testing.WidgetHandle;

/** The Canned responses dialog of a chat. */
public class CannedResponsesPage {

    private final UiDriver driver;

    public CannedResponsesPage(UiDriver driver) {
        this.driver = driver;
    }

    public CannedResponsesPage waitUntilOpen() {
        driver.find("canned.dialog");
        return this;
    }

    public CannedResponsesPage search(String text) {
        driver.find("canned.search").setText(text);
        return this;
    }

    public List<String> titles() {
        return driver.find("canned.list").items();
    }

    public CannedResponsesPage waitForTitles(List<String> titles) {
        driver.waitUntil("canned responses " + titles, () -> titles.equals(driver.find("canned.list").items()));
        return this;
    }

    public CannedResponsesPage pick(String title) {
        driver.find("canned.list").select(title);
        return this;
    }

    public CannedResponsesPage startNew() {
        driver.find("canned.new").click();
        return this;
    }

    public CannedResponsesPage title(String text) {
        driver.find("canned.title").setText(text);
        return this;
    }

    public CannedResponsesPage text(String text) {
        driver.find("canned.text").setText(text);
        return this;
    }

    public String text() {
        return driver.find("canned.text").text();
    }

    public CannedResponsesPage shared(boolean shared) {
        WidgetHandle box = driver.find("canned.shared");
        boolean now = driver.onUi(() -> ((Button) box.widget()).getSelection());
        if (now != shared) {
            box.click();
        }
        return this;
    }

    public CannedResponsesPage save() {
        driver.find("canned.save").click();
        return this;
    }

    public CannedResponsesPage delete() {
        driver.find("canned.delete").click();
        return this;
    }

    public WidgetHandle message() {
        return driver.find("canned.message");
    }

    public CannedResponsesPage insert() {
        driver.find("canned.insert").waitUntilEnabled().click();
        return this;
    }

    public void waitUntilClosed() {
        driver.waitUntilGone("canned.dialog");
    }

    public void close() {
        driver.onUi(() -> ((org.eclipse.swt.widgets.Shell) driver.find("canned.dialog").widget()).close());
        waitUntilClosed();
    }
}
