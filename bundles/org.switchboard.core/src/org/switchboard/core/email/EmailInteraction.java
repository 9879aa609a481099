package org.switchboard.core.email;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;

import org.switchboard.core.ActionRefusedException;
import org.switchboard.core.Rule;
import org.switchboard.core.internal.Require;

/**
 * One routed email (the latest inbound message of a thread) as agents handle it: offered or pulled
 * from a queue, answered, forwarded, transferred, drafted or closed. Not thread-safe.
 */
public final class EmailInteraction {

    private static final EmailAction[] ACTIONS = EmailAction.values();

    private final String id;
    private final EmailCase emailCase;
    private final String threadId;
    private final String customerAddress;
    private String serviceId;
    private EmailState state;
    /** The agent it is offered to, handled by, or parked with. */
    private String agentId;
    private String draft;

    private EmailInteraction(String id, EmailCase emailCase, String threadId, String customerAddress,
            String serviceId, EmailState state, String agentId) {
        this.id = Require.text(id, "email id");
        this.emailCase = Require.present(emailCase, "case");
        this.threadId = Require.text(threadId, "thread id");
        this.customerAddress = EmailAddress.require(customerAddress);
        this.serviceId = Require.text(serviceId, "service id");
        this.state = state;
        this.agentId = agentId;
    }

    /** An inbound email waiting in its service's team queue. */
    public static EmailInteraction inbound(String id, EmailCase emailCase, String threadId, String customerAddress,
            String serviceId) {
        return new EmailInteraction(id, emailCase, threadId, customerAddress, serviceId, EmailState.IN_TEAM_QUEUE,
                null);
    }

    /** A new outbound email an agent starts, in a new case. */
    public static EmailInteraction newOutbound(String id, String caseId, String customerAddress, String serviceId,
            String agentId) {
        return new EmailInteraction(id, new EmailCase(caseId), id, customerAddress, serviceId, EmailState.HANDLING,
                Require.text(agentId, "agent id"));
    }

    public String id() {
        return id;
    }

    public EmailCase emailCase() {
        return emailCase;
    }

    public String serviceId() {
        return serviceId;
    }

    public EmailState state() {
        return state;
    }

    public Optional<String> agentId() {
        return Optional.ofNullable(agentId);
    }

    public Optional<String> draft() {
        return Optional.ofNullable(draft);
    }

    public boolean isAllowed(String agent, EmailAction action) {
        return action != null && check(agent, action) == null;
    }

    public EnumSet<EmailAction> allowedActions(String agent) {
        EnumSet<EmailAction> allowed = EnumSet.noneOf(EmailAction.class);
        for (EmailAction a : ACTIONS) {
            if (check(agent, a) == null) {
                allowed.add(a);
            }
        }
        return allowed;
    }

    private Rule check(String agent, EmailAction action) {
        if (agent == null) {
            return Rule.MISSING_VALUE;
        }
        boolean mine = agent.equals(agentId);
        return switch (action) {
            case ACCEPT -> state != EmailState.OFFERED ? Rule.NOT_RINGING : mine ? null : Rule.EMAIL_NOT_YOURS;
            case PULL -> switch (state) {
                case IN_TEAM_QUEUE -> null;
                case IN_PERSONAL_QUEUE -> mine ? null : Rule.EMAIL_NOT_YOURS;
                default -> Rule.NOT_QUEUED;
            };
            case CLOSE_WITHOUT_REPLY, CHANGE_SERVICE, TRANSFER, FORWARD, REPLY, SAVE_DRAFT ->
                state != EmailState.HANDLING ? Rule.NOT_ALLOWED_IN_STATE : mine ? null : Rule.EMAIL_NOT_YOURS;
            case FOLLOW_UP -> state != EmailState.CLOSED ? Rule.NOT_ALLOWED_IN_STATE : mine ? null : Rule.EMAIL_NOT_YOURS;
        };
    }

    private void require(String agent, EmailAction action) {
        Rule r = check(agent, action);
        if (r != null) {
            throw new ActionRefusedException(r, action + " in " + state);
        }
    }

    /** Routing offers the queued email to an agent. */
    public void offer(String agent) {
        Require.text(agent, "agent id");
        if (state != EmailState.IN_TEAM_QUEUE) {
            throw new ActionRefusedException(Rule.NOT_QUEUED, state.name());
        }
        agentId = agent;
        state = EmailState.OFFERED;
    }

    /** The offer was not accepted: back to the team queue. */
    public void returnToQueue() {
        if (state != EmailState.OFFERED) {
            throw new ActionRefusedException(Rule.NOT_RINGING, state.name());
        }
        agentId = null;
        state = EmailState.IN_TEAM_QUEUE;
    }

    public void accept(String agent) {
        require(agent, EmailAction.ACCEPT);
        state = EmailState.HANDLING;
    }

    /** Takes the email from the team queue, or from the agent's own personal queue. */
    public void pull(String agent) {
        require(agent, EmailAction.PULL);
        agentId = agent;
        state = EmailState.HANDLING;
    }

    public void closeWithoutReply(String agent) {
        require(agent, EmailAction.CLOSE_WITHOUT_REPLY);
        draft = null;
        state = EmailState.CLOSED;
    }

    public void changeService(String agent, String newServiceId) {
        require(agent, EmailAction.CHANGE_SERVICE);
        Require.text(newServiceId, "service id");
        if (newServiceId.equals(serviceId)) {
            throw new ActionRefusedException(Rule.SAME_SERVICE, newServiceId);
        }
        serviceId = newServiceId;
    }

    /** To another agent's personal queue, or to a team queue (a service). */
    public void transferToAgent(String agent, String otherAgent) {
        require(agent, EmailAction.TRANSFER);
        Require.text(otherAgent, "agent id");
        if (otherAgent.equals(agent)) {
            throw new ActionRefusedException(Rule.CANNOT_TARGET_PARTICIPANT, otherAgent);
        }
        agentId = otherAgent;
        state = EmailState.IN_PERSONAL_QUEUE;
    }

    public void transferToQueue(String agent, String otherServiceId) {
        require(agent, EmailAction.TRANSFER);
        serviceId = Require.text(otherServiceId, "service id");
        agentId = null;
        state = EmailState.IN_TEAM_QUEUE;
    }

    /** Forwards the email to a third party; the interaction is done. */
    public EmailMessage forward(String agent, String to, String note, Instant at) {
        require(agent, EmailAction.FORWARD);
        EmailAddress.require(to);
        Require.present(at, "time");
        EmailMessage m = new EmailMessage(serviceId, to, "Fwd", note, at, EmailMessage.Direction.OUTBOUND);
        emailCase.add(threadId + "/fwd/" + to, m);
        draft = null;
        state = EmailState.CLOSED;
        return m;
    }

    public EmailMessage reply(String agent, String body, Instant at) {
        require(agent, EmailAction.REPLY);
        Require.text(body, "reply");
        Require.present(at, "time");
        EmailMessage m = new EmailMessage(serviceId, customerAddress, "Re", body, at, EmailMessage.Direction.OUTBOUND);
        emailCase.add(threadId, m);
        draft = null;
        state = EmailState.CLOSED;
        return m;
    }

    /** Saves the reply as a draft; the email waits in the agent's personal queue. */
    public void saveDraft(String agent, String body) {
        require(agent, EmailAction.SAVE_DRAFT);
        draft = body == null ? "" : body;
        state = EmailState.IN_PERSONAL_QUEUE;
    }

    /** A follow-up outbound email in the same case, after the email was closed. */
    public EmailMessage followUp(String agent, String body, Instant at) {
        require(agent, EmailAction.FOLLOW_UP);
        Require.text(body, "follow-up");
        Require.present(at, "time");
        EmailMessage m = new EmailMessage(serviceId, customerAddress, "Follow-up", body, at,
                EmailMessage.Direction.OUTBOUND);
        emailCase.add(threadId, m);
        return m;
    }

    @Override
    public String toString() {
        return "EmailInteraction[" + id + ", " + state + ", agent=" + agentId + "]";
    }
}
