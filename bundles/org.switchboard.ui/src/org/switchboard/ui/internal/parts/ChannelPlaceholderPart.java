package org.switchboard.ui.internal.parts;

import jakarta.annotation.PostConstruct;

import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.switchboard.ui.WidgetIds;

/**
 * Holds a channel's place in the agent perspective until its bundle contributes the real view:
 * names the channel and says what will appear there.
 */
public class ChannelPlaceholderPart {

    @PostConstruct
    public void createControls(Composite parent, MPart part) {
        GridLayoutFactory.swtDefaults().margins(12, 12).applyTo(parent);
        String id = part.getElementId();

        Label title = WidgetIds.tag(new Label(parent, SWT.NONE), id + ".title");
        title.setText(part.getLocalizedLabel());
        title.setFont(JFaceResources.getHeaderFont());

        Label description = WidgetIds.tag(new Label(parent, SWT.WRAP), id + ".description");
        description.setText(Messages.placeholderDescription(id));
        GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(description);
    }
}
