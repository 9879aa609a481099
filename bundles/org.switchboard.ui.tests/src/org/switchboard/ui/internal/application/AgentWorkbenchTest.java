package org.switchboard.ui.internal.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.switchboard.ui.testing.ScreenshotOnFailure;
import org.switchboard.ui.testing.UiDriver;
import org.switchboard.ui.testing.pages.AgentWorkbenchPage;
import org.switchboard.ui.testing.pages.VoiceViewPage;

@ExtendWith(ScreenshotOnFailure.class)
class AgentWorkbenchTest {

    private UiDriver driver;
    private AgentWorkbenchPage workbench;

    @BeforeEach
    void resetWorkbench() {
        driver = UiDriver.forDefaultDisplay();
        workbench = new AgentWorkbenchPage(driver).waitUntilOpen().reset();
    }

    @Test
    void agentPerspectiveShowsEveryChannelView() {
        assertEquals(List.of("Voice", "Chat", "Email", "Knowledge", "Calendar"), workbench.tabTitles());
        assertEquals("Switchboard", workbench.windowTitle());
    }

    @Test
    void dialCheckRecognisesUsNumberAndKeepsWhatWasTyped() {
        VoiceViewPage voice = workbench.voice();
        voice.enterDialNumber("+1 (201) 553-2447").check();

        voice.verdict().waitForText("US number: +12015532447");
        assertEquals("+1 (201) 553-2447", voice.dialInput().text());
    }

    @Test
    void dialCheckExplainsAnInvalidNumberAndLeavesItForCorrection() throws Exception {
        VoiceViewPage voice = workbench.voice();
        voice.enterDialNumber("12").check();

        voice.verdict().waitForTextContaining("needs at least 3");
        assertEquals("12", voice.dialInput().text());

        Path shot = driver.captureScreen(Path.of("target", "screenshots", "agent-workbench.png"));
        assertTrue(Files.size(shot) > 1000, "screenshot written");
    }
}
