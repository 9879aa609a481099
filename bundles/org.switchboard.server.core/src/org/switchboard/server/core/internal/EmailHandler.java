package org.switchboard.server.core.internal;

import java.time.Instant;
import java.util.List;

import org.switchboard.core.ActionRefusedException;
import org.switchboard.core.Channel;
import org.switchboard.core.Rule;
import org.switchboard.core.agent.Agent;
import org.switchboard.core.email.EmailAction;
import org.switchboard.core.email.EmailInteraction;
import org.switchboard.core.email.EmailState;
import org.switchboard.server.core.ActionCommand;
import org.switchboard.server.core.ActionParams;
import org.switchboard.server.core.QueueConfig;
import org.switchboard.server.core.ServerRefusal;
import org.switchboard.server.core.ServerRefusal.Reason;
import org.switchboard.server.core.TargetSpec;

/**
 * Emails: the agent accepts or rejects an offer, replies (the reply leaves through the outbox),
 * closes without replying, saves a draft (the email waits in the agent's personal queue), transfers
 * to a team queue or another agent's personal queue, and wraps up after a reply or a close. The
 * core's {@link EmailInteraction} decides; an unanswered offer returns to the team queue (RONA).
 */
final class EmailHandler implements ChannelHandler {

    static final String REJECT = "REJECT";
    static final String WRAP_UP = "WRAP_UP";
    static final int MAX_TEXT = 100_000;

    private final CenterState state;
    private final CommandParser parser;
    private final EmailOutbox outbox;

    EmailHandler(CenterState state, CommandParser parser, EmailOutbox outbox) {
        this.state = state;
        this.parser = parser;
        this.outbox = outbox;
    }

    @Override
    public boolean takes(Interaction i, String action) {
        return i instanceof EmailItem;
    }

    @Override
    public boolean owns(Interaction i) {
        return i instanceof EmailItem;
    }

    @Override
    public ParsedCommand parse(Interaction i, ActionCommand command) {
        ActionParams p = command.params() == null ? ActionParams.none() : command.params();
        String action = command.action();
        return switch (action) {
            case "ACCEPT", REJECT, "CLOSE_WITHOUT_REPLY" -> new ParsedCommand.Email(action, null, null, null);
            case "REPLY", "SAVE_DRAFT" -> {
                String text = p.text() == null ? "" : p.text();
                if (action.equals("REPLY") && text.isBlank()) {
                    throw CommandParser.invalid(Rule.MISSING_VALUE, "text is required");
                }
                if (text.length() > MAX_TEXT) {
                    throw CommandParser.invalid(null, "text is longer than " + MAX_TEXT + " characters");
                }
                yield new ParsedCommand.Email(action, text, null, null);
            }
            case "TRANSFER" -> new ParsedCommand.Email(action, null, null, target(p.target()));
            case WRAP_UP -> new ParsedCommand.Email(action, null, parser.wrapUp(p), null);
            default -> throw new ServerRefusal(Reason.INVALID, "unknown action " + action + " of an email");
        };
    }

    private TargetSpec target(TargetSpec spec) {
        if (spec == null || spec.id() == null || spec.id().isBlank()) {
            throw CommandParser.invalid(Rule.MISSING_VALUE, "target {type, id} is required");
        }
        switch (spec.type() == null ? "" : spec.type()) {
            case "AGENT" -> {
                if (!state.seats.containsKey(spec.id())) {
                    throw CommandParser.invalid(null, "unknown agent " + spec.id());
                }
            }
            case "QUEUE" -> {
                QueueConfig q = state.config.queues().stream().filter(x -> x.id().equals(spec.id())).findFirst()
                        .orElseThrow(() -> CommandParser.invalid(null, "unknown queue " + spec.id()));
                if (q.channel() != Channel.EMAIL) {
                    throw CommandParser.invalid(null, "queue " + q.id() + " does not take emails");
                }
            }
            default -> throw CommandParser.invalid(null, "an email is transferred to an AGENT or a QUEUE");
        }
        return spec;
    }

    @Override
    public Handled apply(Interaction i, AgentSeat seat, ParsedCommand command, Instant now) {
        if (!(command instanceof ParsedCommand.Email cmd)) {
            throw new ServerRefusal(Reason.INVALID, "not an action of an email");
        }
        EmailItem e = (EmailItem) i;
        EmailInteraction m = e.model;
        Agent a = seat.agent;
        String agentId = seat.id();
        switch (cmd.action()) {
            case "ACCEPT" -> {
                m.accept(agentId);
                a.accept(e.id);
            }
            case REJECT -> {
                if (!m.isAllowed(agentId, EmailAction.ACCEPT)) {
                    throw new ActionRefusedException(Rule.NOT_RINGING, "REJECT in " + m.state());
                }
                m.returnToQueue();
                a.reject(e.id);
                state.declines.declined(e, seat, now);
            }
            case "REPLY" -> {
                m.reply(agentId, cmd.text(), now);
                outbox.reply(e, cmd.text());
                finish(e, a, now);
            }
            case "CLOSE_WITHOUT_REPLY" -> {
                m.closeWithoutReply(agentId);
                finish(e, a, now);
            }
            case "SAVE_DRAFT" -> {
                m.saveDraft(agentId, cmd.text());
                a.end(e.id, false, now);
            }
            case "TRANSFER" -> {
                if ("AGENT".equals(cmd.target().type())) {
                    m.transferToAgent(agentId, cmd.target().id());
                } else {
                    m.transferToQueue(agentId, cmd.target().id());
                }
                a.end(e.id, false, now);
            }
            case WRAP_UP -> {
                if (!agentId.equals(e.wrapUpOwedBy)) {
                    throw new ActionRefusedException(Rule.NOT_ALLOWED_IN_STATE, "WRAP_UP in " + m.state());
                }
                if (a.wrapUps().contains(e.id)) {
                    a.completeWrapUp(e.id);
                }
                e.wrapUpOwedBy = null;
                return Handled.wrappedUp(cmd.wrapUp());
            }
            default -> throw new ServerRefusal(Reason.INVALID, "unknown action " + cmd.action() + " of an email");
        }
        return Handled.DONE;
    }

    /** Replied or closed: the agent owes the wrap-up. */
    private static void finish(EmailItem e, Agent a, Instant now) {
        a.end(e.id, true, now);
        e.wrapUpOwedBy = a.id();
    }

    @Override
    public void offer(Interaction i, AgentSeat seat, boolean consult, Instant now) {
        EmailItem e = (EmailItem) i;
        seat.agent.offer(e.id, Channel.EMAIL, now);
        e.model.offer(seat.id());
    }

    @Override
    public void offerReturned(Interaction i, String agentId, List<AgentNotice> notices) {
        EmailItem e = (EmailItem) i;
        if (e.model.state() == EmailState.OFFERED && e.model.agentId().filter(agentId::equals).isPresent()) {
            e.model.returnToQueue();
        }
    }

    /** A wrap-up the agent's policy closed by its timeout is owed no more. */
    @Override
    public void tick(Interaction i, Instant now, List<AgentNotice> notices) {
        EmailItem e = (EmailItem) i;
        if (e.wrapUpOwedBy != null) {
            AgentSeat seat = state.seats.get(e.wrapUpOwedBy);
            if (seat == null || !seat.agent.wrapUps().contains(e.id)) {
                e.wrapUpOwedBy = null;
            }
        }
    }

    /** An email has no line to drop: the server stop ends nothing of it. */
    @Override
    public boolean liveForTheCustomer(Interaction i) {
        return false;
    }

    @Override
    public void endByServerStop(Interaction i, Instant now) {
        // nothing ends: see liveForTheCustomer
    }
}
