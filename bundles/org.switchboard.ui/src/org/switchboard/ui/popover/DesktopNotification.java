package org.switchboard.ui.popover;

import java.io.File;
import java.io.IOException;
import java.util.concurrent.TimeUnit;

/** A notification on the Linux desktop through libnotify's {@code notify-send}, where it is installed. */
final class DesktopNotification {

    private DesktopNotification() {
    }

    /** Blocks briefly; call it off the UI thread. Does nothing where no notification can be shown. */
    static void show(String title, String text) {
        if (!installed()) {
            return;
        }
        try {
            Process p = new ProcessBuilder("notify-send", "--app-name=Switchboard", "--urgency=critical",
                    "--expire-time=10000", title, text).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!p.waitFor(5, TimeUnit.SECONDS)) {
                p.destroy();
            }
        } catch (IOException e) {
            // no desktop notifications here: the popover and the sound remain
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static boolean installed() {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String dir : path.split(File.pathSeparator)) {
            if (new File(dir, "notify-send").canExecute()) {
                return true;
            }
        }
        return false;
    }
}
