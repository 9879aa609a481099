package org.switchboard.ui.testing.pages;

import org.switchboard.ui.testing.UiDriver;

/** The Transfer chat dialog: an agent or a chat queue. */
public class ChatTransferDialogPage {

    private final UiDriver driver;

    public ChatTransferDialogPage(UiDriver driver) {
        this.driver = driver;
    }

    public ChatTransferDialogPage waitUntilOpen() {
        driver.find("chat.transfer.dialog");
        return this;
    }

    /** "Agent" or "Chat queue". */
    public ChatTransferDialogPage kind(String label) {
        driver.find("chat.transfer.kind").select(label);
        return this;
    }

    public ChatTransferDialogPage target(String id) {
        driver.find("chat.transfer.target").setText(id);
        return this;
    }

    public void submit() {
        driver.find("chat.transfer.submit").waitUntilEnabled().click();
        driver.waitUntilGone("chat.transfer.dialog");
    }
}
