package org.switchboard.ui.internal.commands;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.ui.IWorkbenchPage;

/** View &gt; Reset layout: every view back in its first place, closed ones opened again. */
public class ResetLayoutHandler {

    @Execute
    public void execute(IWorkbenchPage page) {
        page.resetPerspective();
    }
}
