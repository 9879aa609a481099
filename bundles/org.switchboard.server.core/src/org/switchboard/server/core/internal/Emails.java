package org.switchboard.server.core.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.switchboard.core.ActionRefusedException;
import org.switchboard.core.Channel;
import org.switchboard.core.email.EmailAction;
import org.switchboard.core.email.EmailInteraction;
import org.switchboard.core.email.EmailMessage;
import org.switchboard.core.email.EmailState;
import org.switchboard.server.core.Caller;
import org.switchboard.server.core.EmailDesk;
import org.switchboard.server.core.EmailQueueView;
import org.switchboard.server.core.EmailReceipt;
import org.switchboard.server.core.EmailReceipt.Outcome;
import org.switchboard.server.core.EmailTransport;
import org.switchboard.server.core.EmailView;
import org.switchboard.server.core.InboundEmail;
import org.switchboard.server.core.InteractionView;
import org.switchboard.server.core.QueueConfig;
import org.switchboard.server.core.ServerRefusal;
import org.switchboard.server.core.ServerRefusal.Reason;
import org.switchboard.server.core.store.StoredInteraction;

/**
 * The email channel's entry points: mail arriving from a mailbox (a new case, or joined to its
 * case), the transport connecting, delivery reports, the queues an agent sees and retrieving from
 * them. Each runs on the event loop, then routes and publishes.
 */
final class Emails implements EmailDesk {

    private final EventLoop loop;
    private final CenterState state;
    private final EmailThreading threading;
    private final EmailOutbox outbox;
    private final Publisher publisher;
    private final Views views;
    private final Consumer<Instant> afterChange;

    Emails(EventLoop loop, CenterState state, EmailThreading threading, EmailOutbox outbox, Publisher publisher,
            Views views, Consumer<Instant> afterChange) {
        this.threading = threading;
        this.loop = loop;
        this.state = state;
        this.outbox = outbox;
        this.publisher = publisher;
        this.views = views;
        this.afterChange = afterChange;
    }

    @Override
    public EmailReceipt receive(String queueId, InboundEmail email) {
        return loop.call(() -> {
            QueueConfig queue = emailQueue(queueId);
            EmailCaseFile known = threading.seen(email.messageId()) ? threading.caseOf(email) : null;
            if (threading.seen(email.messageId())) {
                return new EmailReceipt(Outcome.DUPLICATE, known == null ? null : known.caseId, null);
            }
            Instant now = state.clock.instant();
            EmailCaseFile c = threading.caseOf(email);
            if (c == null && email.kind() != InboundEmail.Kind.ORDINARY) {
                return new EmailReceipt(Outcome.DROPPED, null, null);
            }
            long n = state.peekNumber();
            boolean newCase = c == null;
            if (newCase) {
                c = new EmailCaseFile("C-" + n, email.subject(), email.to() == null ? queue.id() : email.to());
            }
            EmailView.Message message = new EmailView.Message(email.messageId(), "INBOUND", email.kind().name(),
                    email.from(), email.to(), email.subject(), email.text(), email.html(), email.received(),
                    email.attachments(), null);
            if (email.kind() != InboundEmail.Kind.ORDINARY || (c.open != null && c.open.isOpen())) {
                keep(c, email, message);
                if (c.open != null) {
                    state.interactions.touch(c.open);
                }
                afterChange.accept(now);
                return new EmailReceipt(email.kind() == InboundEmail.Kind.ORDINARY ? Outcome.JOINED
                        : Outcome.JOINED_QUIETLY, c.caseId, c.open == null || !c.open.isOpen() ? null : c.open.id);
            }
            String id = "i-" + n;
            EmailInteraction model;
            try {
                model = EmailInteraction.inbound(id, c.model, c.caseId, email.from(), queue.id());
            } catch (ActionRefusedException e) {
                throw new ServerRefusal(Reason.INVALID, e.rule(), "sender " + email.from() + ": " + e.getMessage());
            }
            state.takeNumber();
            if (newCase) {
                threading.add(c);
            }
            keep(c, email, message);
            String customerId = "c-" + n;
            EmailItem item = new EmailItem(model, c, customerId, new Caller(email.fromName(), email.from()),
                    state.cadSet(Map.of()), now);
            c.open = item;
            state.interactions.put(id, item);
            state.store.interactionArrived(new StoredInteraction(n, id, Channel.EMAIL.name(), queue.id(), customerId,
                    email.fromName(), email.from(), now, List.of()));
            state.storeState(item, now);
            afterChange.accept(now);
            return new EmailReceipt(newCase ? Outcome.NEW_CASE : Outcome.JOINED, c.caseId, id);
        });
    }

    private void keep(EmailCaseFile c, InboundEmail email, EmailView.Message message) {
        c.messages.add(message);
        c.model.add(c.caseId, new EmailMessage(email.from(), email.to() == null ? c.serviceAddress : email.to(),
                email.subject(), email.text(), email.received(), EmailMessage.Direction.INBOUND));
        threading.remember(email.messageId(), c);
    }

    private QueueConfig emailQueue(String queueId) {
        QueueConfig q = state.config.queueFor(queueId)
                .orElseThrow(() -> new ServerRefusal(Reason.NOT_FOUND, "no queue " + queueId));
        if (q.channel() != Channel.EMAIL) {
            throw new ServerRefusal(Reason.INVALID, "queue " + q.id() + " does not take emails");
        }
        return q;
    }

    @Override
    public void connect(EmailTransport transport) {
        loop.call(() -> {
            outbox.connect(transport);
            return null;
        });
    }

    @Override
    public void disconnect(EmailTransport transport) {
        if (!loop.isClosed()) {
            loop.call(() -> {
                outbox.disconnect(transport);
                return null;
            });
        }
    }

    @Override
    public void delivery(String outboundId, boolean sent, String detail) {
        loop.call(() -> {
            outbox.delivery(outboundId, sent);
            afterChange.accept(state.clock.instant());
            return null;
        });
    }

    @Override
    public List<EmailQueueView> queues(String agentId) {
        return loop.call(() -> {
            AgentSeat seat = state.seat(agentId);
            List<EmailQueueView> out = new ArrayList<>();
            for (QueueConfig q : state.config.queues()) {
                if (q.channel() == Channel.EMAIL && seat.account.skills().containsAll(q.skills())) {
                    out.add(new EmailQueueView(q.id(), q.name(), EmailQueueView.Kind.TEAM,
                            items(e -> e.isQueued() && e.queueId().equals(q.id()))));
                }
            }
            out.add(new EmailQueueView(agentId, seat.account.name(), EmailQueueView.Kind.PERSONAL,
                    items(e -> e.model.state() == EmailState.IN_PERSONAL_QUEUE
                            && e.model.agentId().filter(agentId::equals).isPresent())));
            return out;
        });
    }

    private List<EmailQueueView.Item> items(java.util.function.Predicate<EmailItem> in) {
        List<EmailQueueView.Item> items = new ArrayList<>();
        for (Interaction i : state.interactions.values()) {
            if (i instanceof EmailItem e && in.test(e)) {
                EmailView.Message first = e.caseFile.messages.isEmpty() ? null : e.caseFile.messages.get(0);
                items.add(new EmailQueueView.Item(e.id, e.caseFile.caseId, e.queueId(), e.caller.number(),
                        first == null ? e.caseFile.subject : first.subject(), e.arrived, e.model.draft().isPresent()));
            }
        }
        return items;
    }

    @Override
    public InteractionView retrieve(String agentId, String interactionId) {
        return loop.call(() -> {
            AgentSeat seat = state.seat(agentId);
            Interaction i = interactionId == null ? null : state.interactions.get(interactionId);
            if (!(i instanceof EmailItem e)) {
                throw new ServerRefusal(Reason.NOT_FOUND, "no email " + interactionId);
            }
            QueueConfig queue = emailQueue(e.queueId());
            if (e.isQueued() && !seat.account.skills().containsAll(queue.skills())) {
                throw new ServerRefusal(Reason.FORBIDDEN, "queue " + queue.id() + " is not one of yours");
            }
            if (!e.model.isAllowed(agentId, EmailAction.PULL)) {
                e.model.pull(agentId); // refuses, naming the rule, before anything changed
            }
            seat.agent.start(e.id, Channel.EMAIL);
            e.model.pull(agentId);
            Instant now = state.clock.instant();
            state.storeState(e, now);
            publisher.seatChanged(seat);
            afterChange.accept(now);
            return views.interaction(e, agentId);
        });
    }
}
