package org.switchboard.ui.testing.pages;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.widgets.Event;
import org.switchboard.ui.testing.UiDriver;

/** The chat view: its tabs (one per chat) and the chat requests at the bottom right. */
public class ChatViewPage {

    public static final String VIEW_ID = "org.switchboard.chat.ui.view";

    private final UiDriver driver;

    public ChatViewPage(UiDriver driver) {
        this.driver = driver;
    }

    /** Brings the chat view to the front, as clicking its tab would. */
    public static ChatViewPage show(UiDriver driver) {
        new AgentWorkbenchPage(driver).showView(VIEW_ID);
        return new ChatViewPage(driver);
    }

    public ChatOfferPage offers() {
        return new ChatOfferPage(driver);
    }

    public ChatTabPage chat(String interactionId) {
        return new ChatTabPage(driver, interactionId);
    }

    /** The titles of the chat tabs, in order: the customer, with the unread count in brackets. */
    public List<String> tabTitles() {
        if (!driver.exists("chat.tabs")) {
            return List.of();
        }
        CTabFolder folder = (CTabFolder) driver.find("chat.tabs").widget();
        return driver.onUi(() -> {
            List<String> titles = new ArrayList<>();
            for (CTabItem item : folder.getItems()) {
                titles.add(item.getText().replace("&&", "&"));
            }
            return titles;
        });
    }

    public ChatViewPage waitForTabs(List<String> titles) {
        driver.waitUntil("chat tabs " + titles, () -> titles.equals(tabTitlesOnUi()));
        return this;
    }

    private List<String> tabTitlesOnUi() {
        return driver.exists("chat.tabs") ? tabTitles() : List.of();
    }

    /** Clicks the tab of {@code interactionId}. */
    public ChatViewPage select(String interactionId) {
        CTabFolder folder = (CTabFolder) driver.find("chat.tabs").widget();
        Object content = driver.find("chat." + interactionId + ".tab").widget();
        driver.onUi(() -> {
            for (CTabItem item : folder.getItems()) {
                if (item.getControl() == content) {
                    folder.setSelection(item);
                    Event e = new Event();
                    e.item = item;
                    folder.notifyListeners(SWT.Selection, e);
                }
            }
        });
        return this;
    }

    public String noChatsText() {
        return driver.find("chat.nochats").text();
    }
}
