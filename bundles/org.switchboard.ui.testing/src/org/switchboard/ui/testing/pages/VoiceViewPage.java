package org.switchboard.ui.testing.pages;

import org.switchboard.ui.testing.UiDriver;
import org.switchboard.ui.testing.WidgetHandle;

/** The voice view: the dial field, its verdict, calling, redial and the directory. */
public class VoiceViewPage {

    private final UiDriver driver;

    VoiceViewPage(UiDriver driver) {
        this.driver = driver;
    }

    public VoiceViewPage enterDialNumber(String number) {
        dialInput().setText(number);
        return this;
    }

    public VoiceViewPage check() {
        driver.find("voice.dial.check").click();
        return this;
    }

    /** Calls the number in the dial field (an invalid one is explained there and kept). */
    public VoiceViewPage call() {
        driver.find("voice.dial.call").waitUntilEnabled().click();
        return this;
    }

    /** Calls the most recently dialled entry again. */
    public VoiceViewPage redial() {
        driver.find("voice.dial.redial").waitUntilEnabled().click();
        return this;
    }

    public DirectoryDialogPage directory() {
        driver.find("voice.dial.directory").click();
        return new DirectoryDialogPage(driver).waitUntilOpen();
    }

    public WidgetHandle dialInput() {
        return driver.find("voice.dial.input");
    }

    public WidgetHandle verdict() {
        return driver.find("voice.dial.verdict");
    }
}
