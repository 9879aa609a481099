package org.switchboard.ui.testing;

import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * Saves a screenshot when a UI test fails, under {@code target/screenshots/} of the test run, named
 * after the test, so a failure in CI can be seen and not only read.
 */
public class ScreenshotOnFailure implements TestWatcher {

    public static final Path FOLDER = Path.of("target", "screenshots");

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        String name = context.getRequiredTestClass().getSimpleName() + "." + context.getDisplayName()
                .replaceAll("[^A-Za-z0-9._-]", "_") + ".png";
        try {
            Path file = UiDriver.forDefaultDisplay().captureScreen(FOLDER.resolve(name));
            System.err.println("Screenshot of the failure: " + file.toAbsolutePath());
        } catch (IllegalStateException e) {
            System.err.println("No screenshot of the failure: " + e);
        }
    }

    @Override
    public void testAborted(ExtensionContext context, Throwable cause) {
        Optional.ofNullable(cause).ifPresent(c -> testFailed(context, c));
    }
}
