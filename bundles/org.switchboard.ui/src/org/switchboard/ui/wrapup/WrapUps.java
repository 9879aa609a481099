package org.switchboard.ui.wrapup;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.switchboard.connector.CalendarService.FollowUpRequest;
import org.switchboard.connector.InteractionInfo;
import org.switchboard.core.wrapup.Disposition;
import org.switchboard.core.wrapup.WrapUpCatalog;
import org.switchboard.ui.Failures;

/**
 * The wrap-up dialogs of one channel view: one per interaction that owes a wrap-up, opened when the
 * server says so and not again once submitted. A wrap-up the server refuses comes back as the agent
 * entered it, with the reason, while the interaction still owes one; otherwise the notes are kept
 * in the view's notice. Nothing the agent typed is dropped. Runs on the UI thread.
 */
public final class WrapUps {

    /** Sends a wrap-up; the stage fails when the server refuses it. */
    public interface Sender {
        CompletionStage<?> send(String interactionId, String dispositionCode, String notes, FollowUpRequest followUp);
    }

    /** Says something about an interaction where the agent sees it. */
    public interface Notice {
        void say(String interactionId, String text);
    }

    private final Shell shell;
    private final Executor ui;
    private final Sender sender;
    private final Function<String, InteractionInfo> latest;
    private final Function<InteractionInfo, String> heading;
    private final Notice notice;
    private final Supplier<WrapUpCatalog> catalog;
    private final Map<String, WrapUpDialog> open = new HashMap<>();
    private final Set<String> submitted = new HashSet<>();
    /** Refused wrap-ups of interactions that did not owe one at the time, kept for when they do again. */
    private final Map<String, Refused> kept = new HashMap<>();

    private record Refused(Disposition disposition, String notes, FollowUpRequest followUp, String why) {
    }

    /**
     * @param ui      runs work on the UI thread
     * @param latest  the interaction as the session knows it now, or null when it is gone
     * @param heading the dialog's heading for an interaction
     * @param catalog the dispositions the administrator configured, as the session has them now
     */
    public WrapUps(Shell shell, Executor ui, Sender sender, Function<String, InteractionInfo> latest,
            Function<InteractionInfo, String> heading, Notice notice, Supplier<WrapUpCatalog> catalog) {
        this.catalog = catalog;
        this.shell = shell;
        this.ui = ui;
        this.sender = sender;
        this.latest = latest;
        this.heading = heading;
        this.notice = notice;
    }

    /** Opens the dialog of an interaction that owes a wrap-up not yet submitted, unless it is open. */
    public void update(InteractionInfo interaction) {
        if (interaction.wrapUpOwed() && !submitted.contains(interaction.id()) && !open.containsKey(interaction.id())) {
            WrapUpDialog dialog = openDialog(interaction);
            Refused earlier = kept.remove(interaction.id());
            if (earlier != null) {
                dialog.restore(earlier.disposition(), earlier.notes(), earlier.followUp(), earlier.why());
            }
        }
    }

    /** The agent asks for the wrap-up again (the panel's Wrap up button): raised if open, else opened. */
    public void reopen(InteractionInfo interaction) {
        WrapUpDialog dialog = open.get(interaction.id());
        if (dialog != null && dialog.isOpen()) {
            dialog.getShell().setActive();
        } else {
            submitted.remove(interaction.id());
            openDialog(interaction);
        }
    }

    /** The interaction is gone: its dialog closes. */
    public void forget(String interactionId) {
        WrapUpDialog dialog = open.remove(interactionId);
        if (dialog != null) {
            dialog.close();
        }
        submitted.remove(interactionId);
    }

    public void closeAll() {
        List.copyOf(open.values()).forEach(WrapUpDialog::close);
        open.clear();
    }

    private WrapUpDialog openDialog(InteractionInfo interaction) {
        String id = interaction.id();
        WrapUpDialog dialog = new WrapUpDialog(shell, heading.apply(interaction), catalog.get(),
                (disposition, notes, followUp) -> submit(id, disposition, notes, followUp));
        open.put(id, dialog);
        dialog.open();
        dialog.getShell().addDisposeListener(e -> {
            if (open.get(id) == dialog) {
                open.remove(id);
            }
        });
        return dialog;
    }

    private void submit(String interactionId, Disposition disposition, String notes, FollowUpRequest followUp) {
        submitted.add(interactionId);
        open.remove(interactionId);
        notice.say(interactionId, "");
        sender.send(interactionId, disposition.code(), notes, followUp).whenComplete((done, failure) -> {
            if (failure != null) {
                ui.execute(() -> refused(interactionId, new Refused(disposition, notes, followUp, null), failure));
            }
        });
    }

    private void refused(String interactionId, Refused entered, Throwable failure) {
        Disposition disposition = entered.disposition();
        String notes = entered.notes();
        if (shell.isDisposed()) {
            return;
        }
        String why = Failures.notDone(Messages.wrapUpAction, failure);
        InteractionInfo now = latest.apply(interactionId);
        if (now != null && now.wrapUpOwed()) {
            submitted.remove(interactionId);
            WrapUpDialog dialog = open.get(interactionId);
            if (dialog == null || !dialog.isOpen()) {
                dialog = openDialog(now);
            }
            dialog.restore(disposition, notes, entered.followUp(), why);
            notice.say(interactionId, why);
        } else {
            // the interaction may come back owing its wrap-up (a server that restarts): what was
            // entered is shown again then
            kept.put(interactionId, new Refused(disposition, notes, entered.followUp(), why));
            notice.say(interactionId, notes == null ? why : NLS.bind(Messages.wrapUpNotesKept, why, notes));
        }
    }
}
