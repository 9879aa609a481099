package org.switchboard.server.core.internal;

import java.util.ArrayList;
import java.util.List;

import org.switchboard.core.email.EmailAction;
import org.switchboard.core.email.EmailState;
import org.switchboard.core.voice.Role;
import org.switchboard.server.core.EmailView;
import org.switchboard.server.core.InteractionView;
import org.switchboard.server.core.ParticipantView;

/** An email interaction as one agent sees it: its case's thread, its draft and the actions allowed now. */
final class EmailViews {

    /** The core's actions the email handler applies through the interaction's actions. */
    private static final List<EmailAction> ACTIONS = List.of(EmailAction.ACCEPT, EmailAction.REPLY,
            EmailAction.CLOSE_WITHOUT_REPLY, EmailAction.SAVE_DRAFT, EmailAction.TRANSFER);

    private EmailViews() {
    }

    static InteractionView interaction(EmailItem e, String agentId) {
        List<String> allowed = new ArrayList<>();
        for (EmailAction a : ACTIONS) {
            if (e.model.isAllowed(agentId, a)) {
                allowed.add(a.name());
            }
        }
        if (e.model.state() == EmailState.OFFERED && allowed.contains(EmailAction.ACCEPT.name())) {
            allowed.add(EmailHandler.REJECT);
        }
        boolean owes = agentId.equals(e.wrapUpOwedBy);
        if (owes) {
            allowed.add(EmailHandler.WRAP_UP);
        }
        EmailCaseFile c = e.caseFile;
        EmailView email = new EmailView(c.caseId, c.token(), c.subject, c.messages,
                e.model.agentId().filter(agentId::equals).isPresent() ? e.model.draft().orElse(null) : null);
        List<ParticipantView> parts = List.of(new ParticipantView(e.customerId, "CUSTOMER", Role.CUSTOMER.name(),
                false, false));
        return new InteractionView(e.id, "EMAIL", e.queueId(), e.state(), e.customerId, e.caller.name(),
                e.caller.number(), parts, List.of(), List.copyOf(allowed), owes, "OFF", List.of(), null, List.of(),
                null, null, null, null, email);
    }
}
