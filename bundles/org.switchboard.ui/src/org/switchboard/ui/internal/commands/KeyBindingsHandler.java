package org.switchboard.ui.internal.commands;

import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.services.translation.TranslationService;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.swt.widgets.Shell;

/** Help &gt; Key bindings: every command of the desktop that has a key, with its key. */
public class KeyBindingsHandler {

    @Execute
    public void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, MApplication application,
            TranslationService translation) {
        new KeyBindingsDialog(shell, KeyBindingList.of(application, translation)).open();
    }
}
