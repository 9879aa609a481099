package org.switchboard.email.ui.internal;

import java.util.Map;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.switchboard.connector.ConnectorEvent;
import org.switchboard.connector.ConnectorListener;
import org.switchboard.connector.EmailService;
import org.switchboard.connector.InteractionInfo;
import org.switchboard.core.Channel;
import org.switchboard.ui.Failures;
import org.switchboard.ui.session.AgentSession;
import org.switchboard.ui.session.UiEventRunner;

/**
 * Email offers for the whole workbench window, whether or not the Email view was ever opened: the
 * popover with Accept and Reject for each email offered, and the Email view brought forward once one
 * is accepted. Runs on the UI thread.
 */
final class EmailOffers {

    private final AgentSession session;
    private final EmailOfferPopover popover;
    private final Runnable showView;
    private final UiEventRunner ui;
    private final ConnectorListener listener = this::onEvent;

    EmailOffers(Shell window, AgentSession session, Runnable showView) {
        this.session = session;
        this.showView = showView;
        this.ui = new UiEventRunner(window.getDisplay());
        this.popover = new EmailOfferPopover(window, this::act,
                id -> session.adapt(EmailService.class).flatMap(e -> e.details(id)).orElse(null));
        session.addListener(listener);
        window.addDisposeListener(e -> session.removeListener(listener));
        resync();
    }

    private void onEvent(ConnectorEvent event) {
        switch (event) {
            case ConnectorEvent.ConnectionChanged c -> resync();
            case ConnectorEvent.StateReconciled r -> resync();
            case ConnectorEvent.InteractionOffered o -> update(o.interaction());
            case ConnectorEvent.InteractionChanged c -> update(c.interaction());
            case ConnectorEvent.InteractionEnded e -> popover.remove(e.interactionId());
            default -> {
                // the Email view shows the rest
            }
        }
    }

    private void resync() {
        Map<String, InteractionInfo> now = session.interactionsOn(Channel.EMAIL);
        popover.retainOnly(now.keySet());
        now.values().forEach(this::update);
    }

    private void update(InteractionInfo email) {
        if (email.channel() != Channel.EMAIL) {
            return;
        }
        if (EmailTexts.offered(email)) {
            popover.show(email);
        } else {
            popover.remove(email.id());
        }
    }

    private void act(InteractionInfo email, String action) {
        session.adapt(EmailService.class).ifPresent(e -> {
            boolean accept = "ACCEPT".equals(action);
            if (accept) {
                showView.run();
            }
            (accept ? e.accept(email.id()) : e.reject(email.id())).whenComplete((done, failure) -> {
                if (failure != null) {
                    ui.execute(() -> popover.say(email.id(),
                            NLS.bind(Messages.refused, Failures.plain(failure))));
                }
            });
        });
    }
}
