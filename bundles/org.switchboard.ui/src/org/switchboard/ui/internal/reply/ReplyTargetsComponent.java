package org.switchboard.ui.internal.reply;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

import org.osgi.service.component.annotations.Component;
import org.switchboard.ui.reply.ReplyTarget;
import org.switchboard.ui.reply.ReplyTargets;

/** The replies open in the workbench, most recently offered last. */
@Component(service = ReplyTargets.class)
public final class ReplyTargetsComponent implements ReplyTargets {

    private final Deque<ReplyTarget> open = new ArrayDeque<>();

    @Override
    public void offer(ReplyTarget target) {
        open.remove(target);
        open.addLast(target);
    }

    @Override
    public void withdraw(ReplyTarget target) {
        open.remove(target);
    }

    @Override
    public Optional<ReplyTarget> current() {
        return Optional.ofNullable(open.peekLast());
    }
}
