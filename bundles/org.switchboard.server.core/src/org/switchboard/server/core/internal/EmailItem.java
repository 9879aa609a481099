package org.switchboard.server.core.internal;

import java.time.Instant;
import java.util.Set;

import org.switchboard.core.Channel;
import org.switchboard.core.cad.CadSet;
import org.switchboard.core.email.EmailInteraction;
import org.switchboard.core.email.EmailState;
import org.switchboard.server.core.Caller;

/**
 * A routed email: the core's {@link EmailInteraction} (offered, retrieved, answered, parked in a
 * personal queue) within its case. After a reply or a close the agent owes its wrap-up.
 */
final class EmailItem extends Interaction {

    final EmailInteraction model;
    final EmailCaseFile caseFile;
    /** The agent who answered or closed it and still owes the wrap-up. */
    String wrapUpOwedBy;

    EmailItem(EmailInteraction model, EmailCaseFile caseFile, String customerId, Caller customer, CadSet cad,
            Instant arrived) {
        super(model.id(), customerId, customer, cad, arrived);
        this.model = model;
        this.caseFile = caseFile;
    }

    @Override
    Channel channel() {
        return Channel.EMAIL;
    }

    @Override
    String queueId() {
        return model.serviceId();
    }

    @Override
    String state() {
        return model.state() == EmailState.IN_TEAM_QUEUE ? "QUEUED" : model.state().name();
    }

    @Override
    boolean isQueued() {
        return model.state() == EmailState.IN_TEAM_QUEUE;
    }

    /** Waiting in a team or personal queue, offered or worked on: the case's open email. */
    boolean isOpen() {
        return model.state() != EmailState.CLOSED && model.state() != EmailState.TRANSFERRED;
    }

    @Override
    boolean isOver() {
        return !isOpen() && wrapUpOwedBy == null;
    }

    @Override
    Set<String> agentsNamed() {
        return switch (model.state()) {
            case OFFERED, HANDLING -> Set.of(model.agentId().orElseThrow());
            case CLOSED, TRANSFERRED -> wrapUpOwedBy == null ? Set.of() : Set.of(wrapUpOwedBy);
            case IN_TEAM_QUEUE, IN_PERSONAL_QUEUE -> Set.of();
        };
    }
}
