package org.switchboard.ui.reply;

import java.util.Optional;

/**
 * The replies open in the workbench, the one the agent worked in last being current. Chat and email
 * views offer a reply when the agent selects it and withdraw it when it closes; other views insert
 * into the current one. A workbench service; UI thread only.
 */
public interface ReplyTargets {

    /** {@code target} becomes current (again). */
    void offer(ReplyTarget target);

    /** {@code target} is gone; the one offered before it becomes current. */
    void withdraw(ReplyTarget target);

    Optional<ReplyTarget> current();
}
