package org.switchboard.voice.ui.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletionStage;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.RowData;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.switchboard.connector.InteractionInfo;
import org.switchboard.core.voice.CallAction;
import org.switchboard.ui.Accessibility;
import org.switchboard.ui.WidgetIds;
import org.switchboard.ui.session.UiEventRunner;

/**
 * The interaction control panel of one call: caller, state text and timer, the call's variables,
 * and the call-control buttons, each enabled exactly when the server's rules allow this agent the
 * action now. The main buttons stay in place (disabled when not allowed); the situational ones
 * (conference, exit and end consult, ...) appear only while allowed.
 */
final class InteractionPanel {

    /** Always shown, enabled when allowed. */
    static final List<CallAction> MAIN = List.of(CallAction.HOLD, CallAction.RESUME, CallAction.CONSULT,
            CallAction.BLIND_TRANSFER, CallAction.RELEASE);
    /** Shown only while allowed. */
    static final List<CallAction> SITUATIONAL = List.of(CallAction.HOLD_CONSULT, CallAction.RESUME_CONSULT,
            CallAction.TRANSFER, CallAction.ACCEPT_TRANSFER, CallAction.CONFERENCE, CallAction.EXIT_CONSULT,
            CallAction.END_CONSULT, CallAction.EXIT_CONFERENCE, CallAction.END_CONFERENCE, CallAction.MUTE,
            CallAction.UNMUTE, CallAction.PAUSE_RECORDING, CallAction.RESUME_RECORDING);

    interface Actions {
        void act(InteractionInfo call, CallAction action);

        void wrapUp(InteractionInfo call);

        /** Saves one call variable edited from {@code version}; see {@link CallDataEditor}. */
        CompletionStage<?> saveCallVariable(InteractionInfo call, String name, String value, long version);
    }

    private final Composite root;
    private final Label caller;
    private final Label state;
    private final Label timer;
    private final Label recording;
    private final CallDataEditor callData;
    private final Composite buttons;
    private final Map<CallAction, Button> actionButtons = new EnumMap<>(CallAction.class);
    private final Button wrapUp;
    private final Instant started = Instant.now();
    private final Actions actions;
    private InteractionInfo call;

    InteractionPanel(Composite parent, InteractionInfo call, Actions actions) {
        this.actions = actions;
        this.call = call;
        String prefix = id(call.id(), "");
        root = WidgetIds.tag(new Composite(parent, SWT.BORDER), prefix + "panel");
        GridLayoutFactory.swtDefaults().numColumns(3).margins(8, 6).applyTo(root);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(root);

        caller = Accessibility.tagged(new Label(root, SWT.NONE), prefix + "caller", "Caller");
        caller.setFont(JFaceResources.getBannerFont());
        GridDataFactory.fillDefaults().grab(true, false).applyTo(caller);
        state = Accessibility.tagged(new Label(root, SWT.NONE), prefix + "state", "Call state");
        GridDataFactory.fillDefaults().hint(170, SWT.DEFAULT).applyTo(state);
        timer = Accessibility.tagged(new Label(root, SWT.RIGHT), prefix + "timer", "Call timer");
        GridDataFactory.fillDefaults().hint(50, SWT.DEFAULT).applyTo(timer);

        recording = Accessibility.tagged(new Label(root, SWT.NONE), prefix + "recording", Messages.recordingName);
        GridDataFactory.fillDefaults().span(3, 1).grab(true, false).applyTo(recording);

        callData = new CallDataEditor(root, prefix,
                (name, value, version) -> actions.saveCallVariable(this.call, name, value, version),
                new UiEventRunner(parent.getDisplay()));
        GridDataFactory.fillDefaults().span(3, 1).grab(true, false).hint(200, SWT.DEFAULT).applyTo(callData.control());

        buttons = new Composite(root, SWT.NONE);
        RowLayout row = new RowLayout(SWT.HORIZONTAL);
        row.wrap = true;
        row.marginLeft = row.marginRight = row.marginTop = row.marginBottom = 0;
        buttons.setLayout(row);
        GridDataFactory.fillDefaults().span(3, 1).grab(true, false).hint(200, SWT.DEFAULT).applyTo(buttons);
        for (CallAction a : MAIN) {
            actionButtons.put(a, button(a));
        }
        for (CallAction a : SITUATIONAL) {
            actionButtons.put(a, button(a));
        }
        wrapUp = Accessibility.tagged(new Button(buttons, SWT.PUSH), prefix + "wrapup",
                Messages.plain(Messages.get("action_WRAP_UP")));
        wrapUp.setText(Messages.get("action_WRAP_UP"));
        wrapUp.addListener(SWT.Selection, e -> actions.wrapUp(this.call));
        update(call);
    }

    private Button button(CallAction action) {
        String label = Messages.get("action_" + action.name());
        Button b = Accessibility.tagged(new Button(buttons, SWT.PUSH), id(call.id(), action.name().toLowerCase()),
                Messages.plain(label));
        b.setText(label);
        b.addListener(SWT.Selection, e -> actions.act(call, action));
        return b;
    }

    /** The widget id of a part of the panel of {@code interactionId}: voice.call.&lt;id&gt;.hold and so on. */
    static String id(String interactionId, String part) {
        return "voice.call." + interactionId + "." + part;
    }

    void update(InteractionInfo latest) {
        call = latest;
        caller.setText(CallTexts.caller(latest));
        state.setText(CallTexts.state(latest));
        Set<String> allowed = Set.copyOf(latest.allowedActions());
        actionButtons.forEach((action, button) -> {
            boolean ok = allowed.contains(action.name());
            button.setEnabled(ok);
            show(button, ok || MAIN.contains(action));
        });
        show(wrapUp, latest.wrapUpOwed());
        callData.update(latest);
        showRecording();
        root.layout(true, true);
    }

    private static void show(Control c, boolean visible) {
        c.setVisible(visible);
        RowData data = new RowData();
        data.exclude = !visible;
        c.setLayoutData(data);
    }

    void tick() {
        if (root.isDisposed()) {
            return;
        }
        long s = Duration.between(started, Instant.now()).toSeconds();
        timer.setText(NLS.bind(Messages.timer, String.format("%d:%02d", s / 60, s % 60)));
        if (call.recordingResumesAt() != null) {
            showRecording();
        }
    }

    /** The recording as the server last described it, with the privacy shield's countdown when it set one. */
    private void showRecording() {
        String text = CallTexts.recording(call, Instant.now());
        if (!text.equals(recording.getText())) {
            recording.setText(text);
            recording.getParent().layout(true);
        }
    }

    void dispose() {
        root.dispose();
    }
}
