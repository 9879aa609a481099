package org.switchboard.ui.internal.commands;

import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;

/** View &gt; Voice, Chat, ...: shows the view, opening it again where it was closed, and gives it the focus. */
public class ShowViewHandler {

    public static final String VIEW_ID = "org.switchboard.ui.showView.viewId";

    @Execute
    public void execute(IWorkbenchPage page, @Named(VIEW_ID) String viewId,
            @Named(IServiceConstants.ACTIVE_SHELL) Shell shell) {
        try {
            page.showView(viewId);
        } catch (PartInitException e) {
            MessageDialog.openError(shell, Messages.keysTitle, NLS.bind(Messages.viewNotShown, e.getMessage()));
        }
    }
}
