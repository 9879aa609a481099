package org.switchboard.ui.internal.application;

import org.eclipse.swt.graphics.Point;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

/** Sizes and titles the agent's window. */
public class SwitchboardWindowAdvisor extends WorkbenchWindowAdvisor {

    static final Point INITIAL_SIZE = new Point(1280, 800);

    public SwitchboardWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
        super(configurer);
    }

    @Override
    public void preWindowOpen() {
        IWorkbenchWindowConfigurer configurer = getWindowConfigurer();
        configurer.setInitialSize(INITIAL_SIZE);
        configurer.setTitle(Messages.windowTitle);
        configurer.setShowCoolBar(false);
        configurer.setShowStatusLine(true);
        configurer.setShowPerspectiveBar(false);
    }
}
