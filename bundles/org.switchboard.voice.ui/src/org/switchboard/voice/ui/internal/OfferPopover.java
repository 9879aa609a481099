package org.switchboard.voice.ui.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.switchboard.connector.InteractionInfo;
import org.switchboard.connector.InteractionInfo.Participant;
import org.switchboard.core.offer.OfferStack;
import org.switchboard.core.offer.PendingOffer;
import org.switchboard.core.voice.CallAction;
import org.switchboard.ui.Accessibility;
import org.switchboard.ui.WidgetIds;
import org.switchboard.ui.popover.Popovers;

/**
 * The contact-request popovers at the bottom right of the workbench window: one card per offer,
 * stacked in the core's order, at most five on screen with "1-5 of N" above them. Calls are
 * accepted one by one (the core's "accept together" takes no calls).
 */
final class OfferPopover {

    static final String SHELL = "offers.popover";
    static final String PAGE = "offers.page";

    private final Shell window;
    private final BiConsumer<InteractionInfo, CallAction> act;
    private final java.util.function.UnaryOperator<String> queueName;
    private final Map<String, InteractionInfo> offers = new LinkedHashMap<>();
    private final Map<String, Instant> arrived = new HashMap<>();
    private final Map<String, Label> ringing = new HashMap<>();
    private Shell shell;
    private boolean ticking;

    /** @param queueName a queue's name by its id, the id while the name is not known */
    OfferPopover(Shell window, BiConsumer<InteractionInfo, CallAction> act,
            java.util.function.UnaryOperator<String> queueName) {
        this.window = window;
        this.act = act;
        this.queueName = queueName;
    }

    static String id(String interactionId, String part) {
        return "offer." + interactionId + "." + part;
    }

    void show(InteractionInfo call) {
        boolean arriving = arrived.putIfAbsent(call.id(), Instant.now()) == null;
        offers.put(call.id(), call);
        rebuild();
        if (arriving && !window.isDisposed()) {
            Popovers.alertIfAway(window, Messages.offerCall, CallTexts.caller(call));
        }
    }

    /** Whether {@code interactionId} is not shown yet. */
    boolean isNew(String interactionId) {
        return !arrived.containsKey(interactionId);
    }

    void remove(String interactionId) {
        arrived.remove(interactionId);
        if (offers.remove(interactionId) != null) {
            rebuild();
        }
    }

    /** Shows the cards again, as queue names may have become known. */
    void refresh() {
        rebuild();
    }

    void retainOnly(java.util.Set<String> ids) {
        new ArrayList<>(offers.keySet()).stream().filter(id -> !ids.contains(id)).forEach(this::remove);
    }

    void close() {
        offers.clear();
        arrived.clear();
        if (shell != null && !shell.isDisposed()) {
            shell.dispose();
        }
        shell = null;
    }

    private void rebuild() {
        if (offers.isEmpty()) {
            // Hidden, not disposed: the next offer shows this shell again instead of creating and
            // realizing a new window, which cost the largest part of an offer's way to the screen.
            if (shell != null && !shell.isDisposed()) {
                shell.setVisible(false);
                for (Control c : shell.getChildren()) {
                    c.dispose();
                }
            }
            return;
        }
        if (window.isDisposed()) {
            return;
        }
        if (shell == null || shell.isDisposed()) {
            shell = WidgetIds.tag(Popovers.create(window), SHELL);
            shell.setText(Messages.offerCall);
            GridLayoutFactory.swtDefaults().margins(8, 8).applyTo(shell);
        }
        for (Control c : shell.getChildren()) {
            c.dispose();
        }
        ringing.clear();
        List<PendingOffer> pending = offers.values().stream()
                .map(o -> new PendingOffer(o.id(), o.channel(), arrived.get(o.id()))).toList();
        OfferStack stack = new OfferStack(pending);
        if (!stack.pageLabel().isEmpty()) {
            Label page = Accessibility.tagged(new Label(shell, SWT.NONE), PAGE, stack.pageLabel());
            page.setText(NLS.bind(Messages.offersPage, stack.pageLabel()));
        }
        for (PendingOffer o : stack.visible()) {
            card(offers.get(o.interactionId()));
        }
        Popovers.show(shell, window, 0, 0);
        if (!ticking) {
            ticking = true;
            shell.getDisplay().timerExec(1000, this::tick);
        }
    }

    /** Counts each card's ringing time up, every second while a card is shown. */
    private void tick() {
        if (shell == null || shell.isDisposed() || offers.isEmpty()) {
            ticking = false;
            return;
        }
        ringing.forEach((id, label) -> {
            if (!label.isDisposed()) {
                label.setText(ringingFor(id));
            }
        });
        shell.getDisplay().timerExec(1000, this::tick);
    }

    private String ringingFor(String interactionId) {
        long seconds = java.time.Duration.between(arrived.get(interactionId), Instant.now()).toSeconds();
        return NLS.bind(Messages.offerRinging, String.format("%d:%02d", seconds / 60, seconds % 60));
    }

    private void card(InteractionInfo call) {
        Composite card = WidgetIds.tag(new Composite(shell, SWT.BORDER), id(call.id(), "card"));
        GridLayoutFactory.swtDefaults().numColumns(2).margins(10, 8).applyTo(card);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(card);
        boolean consult = CallTexts.consultRequest(call);
        boolean callback = call.callback() != null;
        Composite band = new Composite(card, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(2).margins(6, 4).applyTo(band);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(band);
        Label title = Accessibility.tagged(new Label(band, SWT.NONE), id(call.id(), "title"), Messages.offerTitleName);
        title.setText(consult ? Messages.offerConsult : callback ? label(call) : Messages.offerCall);
        title.setFont(JFaceResources.getBannerFont());
        GridDataFactory.fillDefaults().grab(true, false).applyTo(title);
        Label time = Accessibility.tagged(new Label(band, SWT.RIGHT), id(call.id(), "ringing"), Messages.offerRingingName);
        time.setText(ringingFor(call.id()));
        ringing.put(call.id(), time);
        Popovers.heading(band);
        if (callback) {
            Label kind = Accessibility.tagged(new Label(card, SWT.NONE), id(call.id(), "callbackKind"),
                    Messages.callbackLabelName);
            kind.setText(CallTexts.callbackKind(call));
            GridDataFactory.fillDefaults().span(2, 1).applyTo(kind);
        }
        Label caller = Accessibility.tagged(new Label(card, SWT.NONE), id(call.id(), "caller"), Messages.callerName);
        caller.setText(CallTexts.caller(call));
        GridDataFactory.fillDefaults().span(2, 1).applyTo(caller);
        if (consult) {
            call.participant(Participant.Role.AGENT_1).ifPresent(agent -> {
                field(card, call, "agentName", Messages.consultAgentName, agent.name() == null ? agent.id() : agent.name());
                field(card, call, "agentDn", Messages.consultAgentDn, agent.dn());
                field(card, call, "agentTeam", Messages.consultAgentTeam, agent.team());
            });
        }
        if (callback && call.callback().dnis() != null) {
            field(card, call, "dnis", Messages.callbackDnis, call.callback().dnis());
        }
        String queue = callback && call.callback().queueName() != null ? call.callback().queueName()
                : queueName.apply(call.queueId());
        if (queue != null) {
            field(card, call, "queue", Messages.queueLabel, queue);
        }
        for (InteractionInfo.CallVariable v : CallTexts.popoverVariables(call)) {
            field(card, call, "var." + v.name(), v.label() == null ? v.name() : v.label(), v.value());
        }
        Composite buttons = new Composite(card, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).equalWidth(true).applyTo(buttons);
        GridDataFactory.fillDefaults().span(2, 1).align(SWT.END, SWT.CENTER).applyTo(buttons);
        CallAction accept = consult ? CallAction.ACCEPT_CONSULT : CallAction.ANSWER;
        button(buttons, call, accept, Messages.offerAccept, "accept");
        button(buttons, call, CallAction.REJECT, Messages.offerDecline, "decline");
    }

    /** The offer's label as the server gives it ("Callback"), in the desktop's words where it knows it. */
    private static String label(InteractionInfo call) {
        return call.label() == null || "Callback".equals(call.label()) ? Messages.offerCallback : call.label();
    }

    private static void field(Composite card, InteractionInfo call, String part, String name, String value) {
        Label n = new Label(card, SWT.NONE);
        n.setText(name + ":");
        Label v = Accessibility.tagged(new Label(card, SWT.NONE), id(call.id(), part), name);
        v.setText(value == null ? Messages.unknownValue : value);
    }

    private void button(Composite parent, InteractionInfo call, CallAction action, String text, String part) {
        Button b = Accessibility.tagged(new Button(parent, SWT.PUSH), id(call.id(), part), Messages.plain(text));
        b.setText(text);
        b.setEnabled(CallTexts.allows(call, action));
        b.addListener(SWT.Selection, e -> act.accept(call, action));
        GridDataFactory.fillDefaults().hint(90, SWT.DEFAULT).applyTo(b);
    }
}
