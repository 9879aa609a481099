package org.switchboard.ui.testing.pages;

import java.util.List;

import org.switchboard.ui.testing.UiDriver;
import org.switchboard.ui.testing.WidgetHandle;

/**
 * The Consult request and Transfer request dialogs: a search over the directory (name, type,
 * presence, ID or number) with Refresh, and the target kind and ID or dial number, chosen from the
 * search or typed.
 */
public class TransferDialogPage {

    private final UiDriver driver;

    TransferDialogPage(UiDriver driver) {
        this.driver = driver;
    }

    TransferDialogPage waitUntilOpen() {
        driver.find("transfer.dialog");
        return this;
    }

    /** Types into the search field; the dialog searches once typing pauses. */
    public TransferDialogPage search(String text) {
        driver.find("transfer.search").setText(text);
        return this;
    }

    public TransferDialogPage refresh() {
        driver.find("transfer.refresh").click();
        return this;
    }

    /** The rows found: name, type, presence, ID or number. */
    public List<List<String>> rows() {
        return driver.find("transfer.table").rows();
    }

    /** Waits for a row whose ID or number is {@code id} and whose cells include {@code cell}; returns it. */
    public List<String> waitForRow(String id, String cell) {
        WidgetHandle table = driver.find("transfer.table");
        driver.waitUntil("a directory row " + id + " showing \"" + cell + "\"", () -> table.rows().stream()
                .anyMatch(r -> r.get(3).equals(id) && r.contains(cell)));
        return table.rows().stream().filter(r -> r.get(3).equals(id) && r.contains(cell)).findFirst().orElseThrow();
    }

    /** Chooses the found row with ID or number {@code id} as the target. */
    public TransferDialogPage choose(String id) {
        waitForRow(id, id);
        driver.find("transfer.table").select(id);
        return this;
    }

    /** Searching, how many entries were found, or what went wrong. */
    public WidgetHandle status() {
        return driver.find("transfer.status");
    }

    public WidgetHandle kindField() {
        return driver.find("transfer.kind");
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
