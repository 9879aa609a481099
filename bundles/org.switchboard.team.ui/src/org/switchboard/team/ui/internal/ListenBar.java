package org.switchboard.team.ui.internal;

import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.switchboard.connector.TeamMember;
import org.switchboard.connector.TeamService.Listening;
import org.switchboard.ui.Accessibility;
import org.switchboard.ui.WidgetIds;

/**
 * A supervisor's call controls under the team table: Monitor, Whisper and Barge in on the call of
 * the selected agent, Leave call, and what the supervisor listens to now.
 */
final class ListenBar {

    static final String LISTENING = "team.listening";

    private final Label listening;
    private final Button monitor;
    private final Button whisper;
    private final Button barge;
    private final Button leave;
    private String onCall;

    ListenBar(Composite parent, BiConsumer<String, Listening> listen, Consumer<String> stop,
            java.util.function.Supplier<Optional<TeamMember>> selected) {
        Composite bar = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(5).applyTo(bar);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
        monitor = button(bar, "team.monitor", Messages.monitor, () -> call(selected).ifPresent(id -> listen.accept(id, Listening.MONITOR)));
        whisper = button(bar, "team.whisper", Messages.whisper, () -> call(selected).ifPresent(id -> listen.accept(id, Listening.WHISPER)));
        barge = button(bar, "team.barge", Messages.barge, () -> call(selected).ifPresent(id -> listen.accept(id, Listening.BARGE)));
        leave = button(bar, "team.leave", Messages.leaveCall, () -> {
            if (onCall != null) {
                stop.accept(onCall);
            }
        });
        listening = WidgetIds.tag(new Label(bar, SWT.WRAP), LISTENING);
        GridDataFactory.fillDefaults().grab(true, false).hint(120, SWT.DEFAULT).applyTo(listening);
        selectionChanged(Optional.empty());
        showListening(null, null, null, null);
    }

    private static Optional<String> call(java.util.function.Supplier<Optional<TeamMember>> selected) {
        return selected.get().filter(m -> "VOICE".equals(m.channel())).map(TeamMember::interactionId);
    }

    private static Button button(Composite parent, String id, String text, Runnable action) {
        Button b = Accessibility.tagged(new Button(parent, SWT.PUSH), id, text);
        b.setText(text);
        b.addListener(SWT.Selection, e -> action.run());
        return b;
    }

    /** The buttons follow the selected agent: they act on its call, if it is on one. */
    void selectionChanged(Optional<TeamMember> member) {
        boolean call = member.filter(m -> "VOICE".equals(m.channel()) && m.interactionId() != null).isPresent();
        monitor.setEnabled(call);
        whisper.setEnabled(call);
        barge.setEnabled(call);
    }

    /** What the server reports of the call the supervisor listens to; mode ENDED or null: none. */
    void showListening(String interactionId, String agentName, String customer, String mode) {
        boolean on = mode != null && !"ENDED".equals(mode);
        onCall = on ? interactionId : null;
        leave.setEnabled(on);
        listening.setText(!on ? ("ENDED".equals(mode) ? Messages.leftCall : "")
                : NLS.bind(Messages.listening, new Object[] { TeamTexts.mode(mode), agentName, customer }));
        listening.getParent().layout(true, true);
    }
}
