package org.switchboard.chat.ui.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.UnaryOperator;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.switchboard.connector.InteractionInfo;
import org.switchboard.core.chat.ChatAction;
import org.switchboard.ui.Accessibility;
import org.switchboard.ui.popover.OfferCards;
import org.switchboard.ui.popover.Popovers;

/**
 * Chat requests at the bottom right of the workbench window, one card each with the customer, the
 * queue's name and the first message, and Accept and Reject. At most five cards are shown.
 */
final class ChatOfferPopover {

    static final String SHELL = "chat.offers.popover";
    static final int MAX_SHOWN = 5;

    private final Shell window;
    private final BiConsumer<InteractionInfo, ChatAction> act;
    private final UnaryOperator<String> queueName;
    private final Map<String, InteractionInfo> offers = new LinkedHashMap<>();
    private Shell shell;

    /** @param queueName a queue's name by its id, the id while the name is not known */
    ChatOfferPopover(Shell window, BiConsumer<InteractionInfo, ChatAction> act, UnaryOperator<String> queueName) {
        this.window = window;
        this.act = act;
        this.queueName = queueName;
    }

    static String id(String interactionId, String part) {
        return "chat.offer." + interactionId + "." + part;
    }

    void show(InteractionInfo chat) {
        InteractionInfo before = offers.put(chat.id(), chat);
        if (!chat.equals(before)) {
            rebuild();
        }
        if (before == null && !window.isDisposed()) {
            Popovers.alertIfAway(window, Messages.offerTitle, ChatTexts.customer(chat));
        }
    }

    void remove(String interactionId) {
        if (offers.remove(interactionId) != null) {
            rebuild();
        }
    }

    /** Shows the cards again, as queue names may have become known. */
    void refresh() {
        rebuild();
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
        List<InteractionInfo> shown = offers.values().stream().limit(MAX_SHOWN).toList();
        if (offers.size() > MAX_SHOWN) {
            Label page = new Label(shell, SWT.NONE);
            page.setText(NLS.bind(Messages.offersPage, "1-" + MAX_SHOWN + " of " + offers.size()));
        }
        shown.forEach(this::card);
        // Left of the call requests' corner, so that a chat and a call offered together are both seen.
        Popovers.show(shell, window, 0, Popovers.width(shell) + Popovers.MARGIN);
    }

    private void card(InteractionInfo chat) {
        Composite card = OfferCards.card(shell, id(chat.id(), "card"), id(chat.id(), "title"), Messages.offerTitle);
        Label customer = Accessibility.tagged(new Label(card, SWT.NONE), id(chat.id(), "customer"),
                Messages.customerUnknown);
        customer.setText(ChatTexts.customer(chat).replace("&", "&&"));
        GridDataFactory.fillDefaults().span(2, 1).applyTo(customer);
        if (chat.queueId() != null) {
            Label q = new Label(card, SWT.NONE);
            q.setText(Messages.offerQueue + ":");
            Label v = Accessibility.tagged(new Label(card, SWT.NONE), id(chat.id(), "queue"), Messages.offerQueue);
            v.setText(queueName.apply(chat.queueId()).replace("&", "&&"));
        }
        if (!chat.transcript().isEmpty()) {
            Label first = Accessibility.tagged(new Label(card, SWT.WRAP), id(chat.id(), "message"), Messages.inputLabel);
            String text = chat.transcript().get(0).text();
            first.setText(text == null ? "" : abbreviate(text).replace("&", "&&"));
            GridDataFactory.fillDefaults().span(2, 1).hint(280, SWT.DEFAULT).applyTo(first);
        }
        Composite buttons = new Composite(card, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).equalWidth(true).applyTo(buttons);
        GridDataFactory.fillDefaults().span(2, 1).align(SWT.END, SWT.CENTER).applyTo(buttons);
        button(buttons, chat, ChatAction.ACCEPT, Messages.offerAccept, "accept");
        button(buttons, chat, ChatAction.REJECT, Messages.offerReject, "reject");
    }

    private static String abbreviate(String text) {
        return text.length() <= 140 ? text : text.substring(0, 139) + "…";
    }

    private void button(Composite parent, InteractionInfo chat, ChatAction action, String text, String part) {
        Button b = Accessibility.tagged(new Button(parent, SWT.PUSH), id(chat.id(), part), Messages.plain(text));
        b.setText(text);
        b.setEnabled(ChatTexts.allows(chat, action));
        b.addListener(SWT.Selection, e -> act.accept(chat, action));
        GridDataFactory.fillDefaults().hint(90, SWT.DEFAULT).applyTo(b);
    }
}
