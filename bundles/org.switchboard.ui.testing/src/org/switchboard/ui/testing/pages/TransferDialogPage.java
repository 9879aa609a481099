package org.switchboard.ui.testing.pages;

import org.switchboard.ui.testing.UiDriver;
import org.switchboard.ui.testing.WidgetHandle;

/** The Consult request and Transfer request dialogs. */
public class TransferDialogPage {

    private final UiDriver driver;

    TransferDialogPage(UiDriver driver) {
        this.driver = driver;
    }

    TransferDialogPage waitUntilOpen() {
        driver.find("transfer.dialog");
        return this;
    }

    /** Agent, Queue, Entry point or Dial number. */
    public TransferDialogPage kind(String label) {
        driver.find("transfer.kind").select(label);
        return this;
    }

    public TransferDialogPage target(String text) {
        driver.find("transfer.target").setText(text);
        return this;
    }

    public WidgetHandle targetField() {
        return driver.find("transfer.target");
    }

    public WidgetHandle message() {
        return driver.find("transfer.message");
    }

    public WidgetHandle submitButton() {
        return driver.find("transfer.submit");
    }

    public void submit() {
        submitButton().waitUntilEnabled().click();
        driver.waitUntilGone("transfer.dialog");
    }

    public void cancel() {
        driver.onUi(() -> ((org.eclipse.swt.widgets.Shell) driver.find("transfer.dialog").widget()).close());
        driver.waitUntilGone("transfer.dialog");
    }
}
