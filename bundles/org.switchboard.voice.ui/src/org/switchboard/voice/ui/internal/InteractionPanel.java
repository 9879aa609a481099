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
import org.switchboard.ui.FocusKeeper;
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

    /** Actions and their opposites, which replace each other in place. */
    private static final CallAction[][] PAIRS = { { CallAction.HOLD, CallAction.RESUME },
            { CallAction.MUTE, CallAction.UNMUTE }, { CallAction.PAUSE_RECORDING, CallAction.RESUME_RECORDING } };

    interface Actions {
        void act(InteractionInfo call, CallAction action);

        void wrapUp(InteractionInfo call);

        /** Cancels a callback whose customer has not answered yet. */
        void cancelCallback(InteractionInfo call);

        /** Saves one call variable edited from {@code version}; see {@link CallDataEditor}. */
        CompletionStage<?> saveCallVariable(InteractionInfo call, String name, String value, long version);

        /** Reads a secure variable's value from the server, for this agent on the call. */
        CompletionStage<String> revealSecureValue(InteractionInfo call, String name);
    }

    private final Composite root;
    private final Label kind;
    private final Label caller;
    private final Label state;
    private final Label timer;
    private final Label recording;
    private final CallDataEditor callData;
    private final Composite buttons;
    private boolean online = true;
    private final Map<CallAction, Button> actionButtons = new EnumMap<>(CallAction.class);
    private final Button wrapUp;
    private final Button cancelCallback;
    private ConsultPanel consult;
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

        kind = Accessibility.tagged(new Label(root, SWT.NONE), prefix + "label", Messages.callbackLabelName);
        kind.setFont(JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT));
        GridDataFactory.fillDefaults().span(3, 1).applyTo(kind);
        caller = Accessibility.tagged(new Label(root, SWT.NONE), prefix + "caller", Messages.callerName);
        caller.setFont(JFaceResources.getBannerFont());
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(200, SWT.DEFAULT).applyTo(caller);
        timer = Accessibility.tagged(new Label(root, SWT.RIGHT), prefix + "timer", Messages.callTimerName);
        GridDataFactory.fillDefaults().hint(50, SWT.DEFAULT).applyTo(timer);
        state = Accessibility.tagged(new Label(root, SWT.NONE), prefix + "state", Messages.callStateName);
        GridDataFactory.fillDefaults().span(3, 1).grab(true, false).applyTo(state);

        recording = Accessibility.tagged(new Label(root, SWT.NONE), prefix + "recording", Messages.recordingName);
        GridDataFactory.fillDefaults().span(3, 1).grab(true, false).applyTo(recording);

        callData = new CallDataEditor(root, prefix,
                (name, value, version) -> actions.saveCallVariable(this.call, name, value, version),
                name -> actions.revealSecureValue(this.call, name), new UiEventRunner(parent.getDisplay()));
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
        for (CallAction[] pair : PAIRS) {
            sameWidth(pair[0], pair[1]);
        }
        wrapUp = Accessibility.tagged(new Button(buttons, SWT.PUSH), prefix + "wrapup",
                Messages.plain(Messages.get("action_WRAP_UP")));
        wrapUp.setText(Messages.get("action_WRAP_UP"));
        wrapUp.addListener(SWT.Selection, e -> actions.wrapUp(this.call));
        cancelCallback = Accessibility.tagged(new Button(buttons, SWT.PUSH), prefix + "cancel",
                Messages.plain(Messages.callbackCancel));
        cancelCallback.setText(Messages.callbackCancel);
        cancelCallback.addListener(SWT.Selection, e -> actions.cancelCallback(this.call));
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

    /**
     * While the contact center cannot be reached the call's actions cannot be taken, so their buttons
     * are disabled; the wrap-up stays open, as it waits in the outbox.
     */
    void setOnline(boolean reachable) {
        if (online != reachable) {
            online = reachable;
            update(call);
        }
    }

    void update(InteractionInfo latest) {
        call = latest;
        String label = CallTexts.callbackKind(latest);
        kind.setText(label);
        kind.setVisible(!label.isEmpty());
        ((org.eclipse.swt.layout.GridData) kind.getLayoutData()).exclude = label.isEmpty();
        caller.setText(CallTexts.caller(latest));
        state.setText(CallTexts.state(latest));
        boolean consulting = ConsultPanel.shows(latest);
        Set<String> allowed = Set.copyOf(latest.allowedActions());
        Control focused = root.getDisplay().getFocusControl();
        actionButtons.forEach((action, button) -> {
            boolean ok = allowed.contains(action.name()) && !(consulting && ConsultPanel.ACTIONS.contains(action));
            button.setEnabled(ok && online);
            show(button, ok || MAIN.contains(action));
        });
        keepFocusOnPair(focused);
        show(wrapUp, latest.wrapUpOwed());
        show(cancelCallback, latest.callback() != null && allowed.contains(CALLBACK_CANCEL));
        showConsult(latest, consulting);
        callData.update(latest);
        showRecording();
        // the view lays itself out, this panel included, once the events at hand have run
    }

    /** The server's action that cancels a callback before its customer answers. */
    static final String CALLBACK_CANCEL = "CANCEL";

    /**
     * Hold pressed from the keyboard leaves the focus on Resume, not on whatever follows Hold: a button
     * that the action just disabled hands the focus to its opposite.
     */
    private void keepFocusOnPair(Control focused) {
        for (CallAction[] pair : PAIRS) {
            for (int i = 0; i < 2; i++) {
                Button was = actionButtons.get(pair[i]);
                Button opposite = actionButtons.get(pair[1 - i]);
                if (was == focused && !(was.isEnabled() && was.isVisible()) && opposite.isEnabled()
                        && opposite.isVisible()) {
                    opposite.setFocus();
                    return;
                }
            }
        }
    }

    /** The buttons of an action and its opposite take the same room, so that one replacing the other moves nothing. */
    private void sameWidth(CallAction one, CallAction other) {
        int width = Math.max(actionButtons.get(one).computeSize(SWT.DEFAULT, SWT.DEFAULT).x,
                actionButtons.get(other).computeSize(SWT.DEFAULT, SWT.DEFAULT).x);
        for (CallAction a : List.of(one, other)) {
            RowData data = actionButtons.get(a).getLayoutData() instanceof RowData d ? d : new RowData();
            data.width = width;
            actionButtons.get(a).setLayoutData(data);
        }
    }

    private void showConsult(InteractionInfo latest, boolean consulting) {
        if (consulting && consult == null) {
            consult = new ConsultPanel(root.getParent(), latest, actions::act);
            consult.control().moveBelow(root);
        } else if (consulting) {
            consult.update(latest);
        } else if (consult != null) {
            FocusKeeper.dispose(consult.control(), root);
            consult.dispose();
            consult = null;
        }
    }

    private static void show(Control c, boolean visible) {
        c.setVisible(visible);
        RowData data = c.getLayoutData() instanceof RowData d ? d : new RowData();
        data.exclude = !visible;
        c.setLayoutData(data);
    }

    void tick() {
        if (root.isDisposed()) {
            return;
        }
        long s = Duration.between(started, Instant.now()).toSeconds();
        timer.setText(NLS.bind(Messages.timer, String.format("%d:%02d", s / 60, s % 60)));
        if (consult != null) {
            consult.tick();
        }
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

    /** Disposes the panel; a focus inside it moves to {@code staying} first, so the window keeps one. */
    void dispose(Control staying) {
        if (consult != null) {
            FocusKeeper.dispose(consult.control(), staying);
            consult.dispose();
            consult = null;
        }
        FocusKeeper.dispose(root, staying);
    }
}
