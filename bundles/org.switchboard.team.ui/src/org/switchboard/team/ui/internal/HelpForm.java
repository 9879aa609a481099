package org.switchboard.team.ui.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.BiConsumer;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.switchboard.connector.HelpRequest;
import org.switchboard.connector.InteractionInfo;
import org.switchboard.ui.Accessibility;

/**
 * The agent's side: pick one of its interactions, write a note, and ask the team's supervisors for
 * help or flag it for review. The note stays until the server took the request.
 */
final class HelpForm {

    static final String INTERACTION = "team.interaction";
    static final String NOTE = "team.note";
    static final String ASK = "team.ask";
    static final String FLAG = "team.flag";

    /** What the agent asks for: kind, interaction id, note. */
    interface Asking {
        void ask(HelpRequest.Kind kind, String interactionId, String note);
    }

    private final Combo interaction;
    private final Text note;
    private final Button ask;
    private final Button flag;
    private List<String> ids = List.of();

    HelpForm(Composite parent, Asking asking) {
        Composite form = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).applyTo(form);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(form);
        label(form, Messages.interaction);
        interaction = Accessibility.tagged(new Combo(form, SWT.READ_ONLY | SWT.DROP_DOWN), INTERACTION,
                Messages.interaction);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(interaction);
        label(form, Messages.note);
        note = Accessibility.tagged(new Text(form, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL), NOTE,
                Messages.note);
        note.setTextLimit(HelpRequest.NOTE_LIMIT);
        GridDataFactory.fillDefaults().grab(true, false).hint(200, 48).applyTo(note);
        Composite buttons = new Composite(form, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).applyTo(buttons);
        GridDataFactory.fillDefaults().span(2, 1).align(SWT.END, SWT.CENTER).applyTo(buttons);
        ask = button(buttons, ASK, Messages.askHelp, () -> send(asking, HelpRequest.Kind.HELP));
        flag = button(buttons, FLAG, Messages.flag, () -> send(asking, HelpRequest.Kind.REVIEW));
        showInteractions(List.of());
    }

    private static void label(Composite parent, String text) {
        new Label(parent, SWT.NONE).setText(text);
    }

    private static Button button(Composite parent, String id, String text, Runnable action) {
        Button b = Accessibility.tagged(new Button(parent, SWT.PUSH), id, text);
        b.setText(text);
        b.addListener(SWT.Selection, e -> action.run());
        return b;
    }

    private void send(Asking asking, HelpRequest.Kind kind) {
        int i = interaction.getSelectionIndex();
        if (i >= 0 && i < ids.size()) {
            asking.ask(kind, ids.get(i), note.getText());
        }
    }

    /** The agent's interactions now; the one chosen stays chosen while it is there. */
    void showInteractions(Collection<InteractionInfo> interactions) {
        String chosen = interaction.getSelectionIndex() >= 0 && interaction.getSelectionIndex() < ids.size()
                ? ids.get(interaction.getSelectionIndex()) : null;
        List<String> nextIds = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        for (InteractionInfo i : interactions) {
            nextIds.add(i.id());
            String who = i.callerName() != null ? i.callerName() : i.callerNumber() == null ? i.id() : i.callerNumber();
            labels.add(TeamTexts.interaction(i.channel().name(), null) + " \u2013 " + who);
        }
        ids = List.copyOf(nextIds);
        interaction.setItems(labels.isEmpty() ? new String[] { Messages.noInteraction } : labels.toArray(String[]::new));
        int keep = chosen == null ? 0 : Math.max(0, ids.indexOf(chosen));
        interaction.select(keep);
        ask.setEnabled(!ids.isEmpty());
        flag.setEnabled(!ids.isEmpty());
    }

    /** The server took the request: the note is done with. */
    void sent() {
        note.setText("");
    }
}
