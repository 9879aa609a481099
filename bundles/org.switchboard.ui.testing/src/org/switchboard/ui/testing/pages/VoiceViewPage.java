package org.switchboard.ui.testing.pages;

import org.switchboard.ui.testing.UiDriver;
import org.switchboard.ui.testing.WidgetHandle;

/** The voice view: the dial field and its verdict. */
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

    public WidgetHandle dialInput() {
        return driver.find("voice.dial.input");
    }

    public WidgetHandle verdict() {
        return driver.find("voice.dial.verdict");
    }
}
