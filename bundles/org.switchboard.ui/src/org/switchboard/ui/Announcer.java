package org.switchboard.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import jakarta.inject.Singleton;

import org.eclipse.e4.core.di.annotations.Creatable;

/**
 * Tells the agent of something that happened out of their sight (a chat message in a tab they are
 * not reading, for one) in one line of the workbench's agent-state bar, which screen readers read
 * out at once. One per workbench, injected where needed; called on the UI thread.
 */
@Creatable
@Singleton
public class Announcer {

    private final List<Consumer<String>> lines = new ArrayList<>();

    /** Shows {@code text} where announcements are shown, and has it read out. */
    public void announce(String text) {
        List.copyOf(lines).forEach(l -> l.accept(text));
    }

    /** Where announcements show: the agent-state bar's line registers itself while it exists. */
    public void showIn(Consumer<String> line) {
        lines.add(line);
    }

    public void stopShowingIn(Consumer<String> line) {
        lines.remove(line);
    }
}
