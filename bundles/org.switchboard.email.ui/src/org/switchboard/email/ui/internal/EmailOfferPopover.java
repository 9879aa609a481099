package org.switchboard.email.ui.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.switchboard.connector.EmailDetails;
import org.switchboard.connector.InteractionInfo;
import org.switchboard.ui.Accessibility;
import org.switchboard.ui.WidgetIds;
import org.switchboard.ui.popover.OfferCards;
import org.switchboard.ui.popover.Popovers;

/**
 * Email offers at the bottom right of the workbench window, as chat requests are: one card each with
 * the customer, the subject and Accept and Reject. Stacked left of the call and chat requests.
 */
final class EmailOfferPopover {

    static final String SHELL = "email.offers.popover";

    private final Shell window;
    private final BiConsumer<InteractionInfo, String> act;
    private final Function<String, EmailDetails> details;
    private final Map<String, InteractionInfo> offers = new LinkedHashMap<>();
    private Shell shell;

    EmailOfferPopover(Shell window, BiConsumer<InteractionInfo, String> act, Function<String, EmailDetails> details) {
        this.window = window;
        this.act = act;
        this.details = details;
    }

    static String id(String interactionId, String part) {
        return "email.offer." + interactionId + "." + part;
    }

    void show(InteractionInfo email) {
        InteractionInfo before = offers.put(email.id(), email);
        if (!email.equals(before)) {
            rebuild();
        }
        if (before == null && !window.isDisposed()) {
            Popovers.alertIfAway(window, Messages.offerTitle, EmailTexts.customer(email));
        }
    }

    /** Shows why an action on the offer was not done, on its card. */
    void say(String interactionId, String text) {
        if (shell == null || shell.isDisposed()) {
            return;
        }
        for (Control c : shell.getChildren()) {
            if (id(interactionId, "card").equals(c.getData(WidgetIds.KEY)) && c instanceof Composite card) {
                Label why = Accessibility.tagged(new Label(card, SWT.WRAP), id(interactionId, "notice"), Messages.title);
                why.setText(text.replace("&", "&&"));
                GridDataFactory.fillDefaults().span(2, 1).hint(280, SWT.DEFAULT).applyTo(why);
                shell.pack();
            }
        }
    }

    void remove(String interactionId) {
        if (offers.remove(interactionId) != null) {
            rebuild();
        }
    }

    void retainOnly(Set<String> ids) {
        new ArrayList<>(offers.keySet()).stream().filter(id -> !ids.contains(id)).forEach(this::remove);
    }

    void close() {
        offers.clear();
        rebuild();
    }

    private void rebuild() {
        if (offers.isEmpty() || window.isDisposed()) {
            shell = OfferCards.closed(shell);
            return;
        }
        shell = OfferCards.emptied(shell, window, SHELL, Messages.offerTitle);
        offers.values().forEach(this::card);
        // left of the call and chat requests' corners, so that offers arriving together are all seen
        Popovers.show(shell, window, 0, 2 * (Popovers.width(shell) + Popovers.MARGIN));
    }

    private void card(InteractionInfo email) {
        Composite card = OfferCards.card(shell, id(email.id(), "card"), id(email.id(), "title"), Messages.offerTitle);
        Label customer = Accessibility.tagged(new Label(card, SWT.NONE), id(email.id(), "customer"),
                Messages.columnFrom);
        customer.setText(EmailTexts.customer(email).replace("&", "&&"));
        GridDataFactory.fillDefaults().span(2, 1).applyTo(customer);
        EmailDetails d = details.apply(email.id());
        if (d != null) {
            Label subject = Accessibility.tagged(new Label(card, SWT.WRAP), id(email.id(), "subject"),
                    Messages.columnSubject);
            subject.setText(d.subject().replace("&", "&&"));
            GridDataFactory.fillDefaults().span(2, 1).hint(280, SWT.DEFAULT).applyTo(subject);
        }
        Composite buttons = new Composite(card, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).equalWidth(true).applyTo(buttons);
        GridDataFactory.fillDefaults().span(2, 1).align(SWT.END, SWT.CENTER).applyTo(buttons);
        button(buttons, email, "ACCEPT", Messages.offerAccept, "accept");
        button(buttons, email, "REJECT", Messages.offerReject, "reject");
    }

    private void button(Composite parent, InteractionInfo email, String action, String text, String part) {
        Button b = Accessibility.tagged(new Button(parent, SWT.PUSH), id(email.id(), part), text.replace("&", ""));
        b.setText(text);
        b.setEnabled(EmailTexts.allows(email, action));
        b.addListener(SWT.Selection, e -> act.accept(email, action));
        GridDataFactory.fillDefaults().hint(90, SWT.DEFAULT).applyTo(b);
    }
}
