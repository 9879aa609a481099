package org.switchboard.voice.ui.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.RowData;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.switchboard.connector.InteractionInfo;
import org.switchboard.connector.InteractionInfo.Participant;
import org.switchboard.core.voice.CallAction;
import org.switchboard.ui.Accessibility;
import org.switchboard.ui.WidgetIds;

/**
 * The second interaction control panel agent 1 sees during a consult: the consulted agent (or number)
 * with the consult's own state and timer, and the actions on that leg (hold and resume the consulted
 * party, transfer, conference, end the consult). The customer's panel stays above it.
 */
final class ConsultPanel {

    /** The actions on the consult leg: shown here, not on the customer's panel. */
    static final List<CallAction> ACTIONS = List.of(CallAction.HOLD_CONSULT, CallAction.RESUME_CONSULT,
            CallAction.TRANSFER, CallAction.CONFERENCE, CallAction.END_CONSULT);

    private final Composite root;
    private final Label party;
    private final Label state;
    private final Label timer;
    private final Map<CallAction, Button> buttons = new EnumMap<>(CallAction.class);
    private final Instant started = Instant.now();
    private InteractionInfo call;

    ConsultPanel(Composite parent, InteractionInfo call, BiConsumer<InteractionInfo, CallAction> act) {
        this.call = call;
        String id = call.id();
        root = WidgetIds.tag(new Composite(parent, SWT.BORDER), InteractionPanel.id(id, "consult.panel"));
        GridLayoutFactory.swtDefaults().numColumns(3).margins(8, 6).applyTo(root);
        GridDataFactory.fillDefaults().grab(true, false).indent(16, 0).applyTo(root);
        party = Accessibility.tagged(new Label(root, SWT.NONE), InteractionPanel.id(id, "consult.party"),
                Messages.consultPartyName);
        party.setFont(JFaceResources.getBannerFont());
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(200, SWT.DEFAULT).applyTo(party);
        timer = Accessibility.tagged(new Label(root, SWT.RIGHT), InteractionPanel.id(id, "consult.timer"),
                Messages.consultTimerName);
        GridDataFactory.fillDefaults().hint(50, SWT.DEFAULT).applyTo(timer);
        state = Accessibility.tagged(new Label(root, SWT.NONE), InteractionPanel.id(id, "consult.state"),
                Messages.consultStateName);
        GridDataFactory.fillDefaults().span(3, 1).grab(true, false).applyTo(state);
        Composite row = new Composite(root, SWT.NONE);
        RowLayout layout = new RowLayout(SWT.HORIZONTAL);
        layout.wrap = true;
        layout.marginLeft = layout.marginRight = layout.marginTop = layout.marginBottom = 0;
        row.setLayout(layout);
        GridDataFactory.fillDefaults().span(3, 1).grab(true, false).hint(200, SWT.DEFAULT).applyTo(row);
        for (CallAction a : ACTIONS) {
            String label = Messages.get("action_" + a.name());
            Button b = Accessibility.tagged(new Button(row, SWT.PUSH), InteractionPanel.id(id, "consult." + a.name().toLowerCase()),
                    Messages.plain(label));
            b.setText(label);
            b.addListener(SWT.Selection, e -> act.accept(this.call, a));
            buttons.put(a, b);
        }
        update(call);
        tick();
    }

    /** Whether {@code call} shows agent 1 a consult leg: a consulted party and an action on that leg. */
    static boolean shows(InteractionInfo call) {
        return "CONSULT".equals(call.state()) && call.participant(Participant.Role.AGENT_2).isPresent()
                && ACTIONS.stream().anyMatch(a -> CallTexts.allows(call, a));
    }

    Composite control() {
        return root;
    }

    void update(InteractionInfo latest) {
        call = latest;
        party.setText(latest.participant(Participant.Role.AGENT_2).map(ConsultPanel::describe).orElse(""));
        state.setText(CallTexts.consultLegState(latest));
        buttons.forEach((action, button) -> {
            boolean ok = CallTexts.allows(latest, action);
            button.setEnabled(ok);
            button.setVisible(ok);
            RowData data = new RowData();
            data.exclude = !ok;
            button.setLayoutData(data);
        });
        root.layout(true, true);
    }

    /** "Consulted agent: Ben Okafor (DN 1002)", or the dialled number for a consult to a number. */
    static String describe(Participant p) {
        if (p.kind() != Participant.Kind.AGENT) {
            return NLS.bind(Messages.consultNumber, p.dn() == null ? p.id() : p.dn());
        }
        String name = p.name() == null ? p.id() : p.name();
        return p.dn() == null ? NLS.bind(Messages.consultAgent, name)
                : NLS.bind(Messages.consultAgentWithDn, name, p.dn());
    }

    void tick() {
        if (root.isDisposed()) {
            return;
        }
        long s = Duration.between(started, Instant.now()).toSeconds();
        timer.setText(NLS.bind(Messages.timer, String.format("%d:%02d", s / 60, s % 60)));
    }

    void dispose() {
        root.dispose();
    }
}
