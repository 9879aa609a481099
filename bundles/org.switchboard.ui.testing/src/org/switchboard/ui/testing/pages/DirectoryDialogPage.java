package org.switchboard.ui.testing.pages;

import java.util.List;

import org.switchboard.ui.testing.UiDriver;
import org.switchboard.ui.testing.WidgetHandle;

/**
 * The directory dialog of the voice view: search, the Directory / Favorites / Recent calls
 * selector, the table of entries (name, type, presence, ID or number) and what can be done with the
 * selected one.
 */
public class DirectoryDialogPage {

    private final UiDriver driver;

    DirectoryDialogPage(UiDriver driver) {
        this.driver = driver;
    }

    DirectoryDialogPage waitUntilOpen() {
        driver.find("voice.directory");
        return this;
    }

    /** "Directory", "Favorites" or "Recent calls". */
    public DirectoryDialogPage show(String label) {
        driver.find("voice.directory.show").select(label);
        return this;
    }

    /** Types into the search field; the dialog searches once typing pauses. */
    public DirectoryDialogPage search(String text) {
        driver.find("voice.directory.search").setText(text);
        return this;
    }

    public DirectoryDialogPage refresh() {
        driver.find("voice.directory.refresh").click();
        return this;
    }

    public WidgetHandle table() {
        return driver.find("voice.directory.table");
    }

    /** The rows: name (a favorite's starred), type, presence, ID or number. */
    public List<List<String>> rows() {
        return table().rows();
    }

    /** Waits for a row whose ID or number is {@code id} and whose cells include {@code cell}; returns it. */
    public List<String> waitForRow(String id, String cell) {
        WidgetHandle table = table();
        driver.waitUntil("a directory row " + id + " showing \"" + cell + "\"", () -> table.rows().stream()
                .anyMatch(r -> r.get(3).equals(id) && r.contains(cell)));
        return table.rows().stream().filter(r -> r.get(3).equals(id) && r.contains(cell)).findFirst().orElseThrow();
    }

    /** Waits until no row has {@code id} as its ID or number. */
    public DirectoryDialogPage waitForNoRow(String id) {
        WidgetHandle table = table();
        driver.waitUntil("no directory row " + id, () -> table.rows().stream().noneMatch(r -> r.get(3).equals(id)));
        return this;
    }

    /** Selects the row with {@code id} (or any cell reading it). */
    public DirectoryDialogPage select(String id) {
        table().select(id);
        return this;
    }

    public WidgetHandle callButton() {
        return driver.find("voice.directory.call");
    }

    public WidgetHandle consultButton() {
        return driver.find("voice.directory.consult");
    }

    /** "Add to favorites" or "Remove from favorites", as the selected entry is. */
    public WidgetHandle favoriteButton() {
        return driver.find("voice.directory.favorite");
    }

    public DirectoryDialogPage call() {
        callButton().waitUntilEnabled().click();
        return this;
    }

    public DirectoryDialogPage toggleFavorite() {
        favoriteButton().waitUntilEnabled().click();
        return this;
    }

    /** Searching, how many entries were found, or what went wrong. */
    public WidgetHandle status() {
        return driver.find("voice.directory.status");
    }

    public void close() {
        driver.onUi(() -> ((org.eclipse.swt.widgets.Shell) driver.find("voice.directory").widget()).close());
        driver.waitUntilGone("voice.directory");
    }
}
