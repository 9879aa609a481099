package org.switchboard.chat.ui.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.switchboard.connector.ChatDetails;
import org.switchboard.connector.InteractionInfo;
import org.switchboard.ui.Accessibility;
import org.switchboard.ui.WidgetIds;

/**
 * The mobile contact of a chat tab: the phone number to call (with the state of the calls made) and
 * the location with a map link. A web chat has none, and no gap where it would be.
 */
final class ChatContactArea {

    private final Composite contact;
    private final Function<String, String> id;
    private final Supplier<InteractionInfo> chat;
    private final ChatTab.Actions actions;
    private ChatDetails details;
    private boolean shown;

    /**
     * @param id   the widget id of a part of the tab
     * @param chat the chat as last described
     */
    ChatContactArea(Composite parent, Function<String, String> id, Supplier<InteractionInfo> chat,
            ChatTab.Actions actions) {
        this.id = id;
        this.chat = chat;
        this.actions = actions;
        contact = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).spacing(8, 2).applyTo(contact);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(contact);
    }

    /**
     * Shows the latest details (null: unchanged). Pictures and calls change often and have their
     * own places: the contact rows are built again only when the number or the location changed.
     * Answers whether its size may have changed.
     */
    boolean update(ChatDetails latest) {
        boolean changed = latest != null && (details == null
                || !java.util.Objects.equals(latest.phoneNumber(), details.phoneNumber())
                || !java.util.Objects.equals(latest.location(), details.location()));
        if (latest != null) {
            details = latest;
        }
        if (changed || !shown) {
            show();
            return true;
        }
        return updateCallLink();
    }

    /** The details as last received, or null. */
    ChatDetails details() {
        return details;
    }

    private void show() {
        shown = true;
        for (Control c : contact.getChildren()) {
            c.dispose();
        }
        if (details != null) {
            showMobile();
        }
        boolean none = contact.getChildren().length == 0;
        ((GridData) contact.getLayoutData()).exclude = none;
        contact.setVisible(!none);
    }

    private void showMobile() {
        if (details.phoneNumber() != null) {
            Composite row = row(Messages.phoneLabel);
            Link phone = Accessibility.tagged(new Link(row, SWT.NONE), id.apply("phone"), Messages.phoneLabel);
            String number = details.phoneNumber().replaceAll("[^0-9+#*:]", "");
            phone.setText(NLS.bind(Messages.phoneLink, number));
            phone.addListener(SWT.Selection, e -> actions.callCustomer(chat.get()));
            // The call's state goes under the number: beside it, the narrow view wrapped it word by word.
            ((GridLayout) row.getLayout()).numColumns = 1;
            Label call = Accessibility.tagged(new Label(row, SWT.WRAP), id.apply("call"), "Calls to the customer");
            call.setForeground(row.getDisplay().getSystemColor(SWT.COLOR_LINK_FOREGROUND));
            GridDataFactory.fillDefaults().grab(true, false).hint(120, SWT.DEFAULT).exclude(true).applyTo(call);
            call.setVisible(false);
        }
        if (details.location() != null) {
            Composite row = row(Messages.locationLabel);
            Label where = Accessibility.tagged(new Label(row, SWT.WRAP), id.apply("location"), Messages.locationLabel);
            where.setText(ChatTexts.location(details.location()));
            GridDataFactory.fillDefaults().grab(true, false).hint(120, SWT.DEFAULT).applyTo(where);
            Link map = Accessibility.tagged(new Link(row, SWT.NONE), id.apply("map"), Messages.plain(Messages.mapLink));
            map.setText(Messages.mapLink);
            map.setToolTipText(ChatTexts.mapUrl(details.location()));
            ChatDetails.Location location = details.location();
            map.addListener(SWT.Selection, e -> actions.openMap(location));
        }
        updateCallLink();
    }

    /** A labelled row of the contact area, its content laid out left to right. */
    private Composite row(String label) {
        Label name = new Label(contact, SWT.NONE);
        name.setText(label + ":");
        GridDataFactory.swtDefaults().align(SWT.BEGINNING, SWT.BEGINNING).applyTo(name);
        Composite row = new Composite(contact, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).spacing(12, 0).applyTo(row);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(row);
        return row;
    }

    /** Answers whether the call's text changed. */
    private boolean updateCallLink() {
        boolean changed = false;
        if (details == null) {
            return changed;
        }
        for (Control c : controls()) {
            if (id.apply("phone").equals(c.getData(WidgetIds.KEY))) {
                c.setEnabled(ChatTexts.allows(chat.get(), ChatTab.CALL_CUSTOMER));
            } else if (id.apply("call").equals(c.getData(WidgetIds.KEY))) {
                ChatDetails.Multimedia m = details.multimedia();
                String text = m == null || m.calls().isEmpty() ? ""
                        : m.activeCall() != null ? Messages.callInProgress
                                : NLS.bind(Messages.callsMade, m.calls().size());
                if (!text.equals(((Label) c).getText())) {
                    ((Label) c).setText(text);
                    ((GridData) c.getLayoutData()).exclude = text.isEmpty();
                    c.setVisible(!text.isEmpty());
                    changed = true;
                }
            }
        }
        return changed;
    }

    private List<Control> controls() {
        List<Control> all = new ArrayList<>();
        for (Control c : contact.getChildren()) {
            all.add(c);
            if (c instanceof Composite row) {
                all.addAll(List.of(row.getChildren()));
            }
        }
        return all;
    }
}
