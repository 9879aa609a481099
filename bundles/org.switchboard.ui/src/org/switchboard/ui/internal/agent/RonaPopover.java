package org.switchboard.ui.internal.agent;

import java.util.function.Consumer;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.switchboard.core.agent.AgentState;
import org.switchboard.ui.Accessibility;
import org.switchboard.ui.WidgetIds;
import org.switchboard.ui.popover.Popovers;

/** After an unanswered offer: the agent chooses Available (Ready) or Idle (Not Ready). */
final class RonaPopover {

    static final String SHELL = "rona.popover";
    static final String AVAILABLE = "rona.available";
    static final String IDLE = "rona.idle";

    private final Shell shell;

    RonaPopover(Shell window, Consumer<AgentState> choose) {
        shell = WidgetIds.tag(Popovers.create(window), SHELL);
        shell.setText(Messages.ronaTitle);
        GridLayoutFactory.swtDefaults().numColumns(2).margins(12, 10).applyTo(shell);
        Label title = new Label(shell, SWT.NONE);
        title.setText(Messages.ronaTitle);
        title.setFont(JFaceResources.getBannerFont());
        GridDataFactory.fillDefaults().span(2, 1).applyTo(title);
        Label text = new Label(shell, SWT.WRAP);
        text.setText(Messages.ronaText);
        GridDataFactory.fillDefaults().span(2, 1).hint(300, SWT.DEFAULT).applyTo(text);
        Button available = Accessibility.tagged(new Button(shell, SWT.PUSH), AVAILABLE, Messages.ronaAvailable);
        available.setText(Messages.ronaAvailable);
        available.addListener(SWT.Selection, e -> choose.accept(AgentState.READY));
        Button idle = Accessibility.tagged(new Button(shell, SWT.PUSH), IDLE, Messages.ronaIdle);
        idle.setText(Messages.ronaIdle);
        idle.addListener(SWT.Selection, e -> choose.accept(AgentState.NOT_READY));
        shell.setDefaultButton(available);
        Popovers.show(shell, window, 0, 0);
    }

    boolean isOpen() {
        return !shell.isDisposed();
    }

    void close() {
        if (!shell.isDisposed()) {
            shell.dispose();
        }
    }
}
