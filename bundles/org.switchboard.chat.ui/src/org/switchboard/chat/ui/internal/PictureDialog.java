package org.switchboard.chat.ui.internal;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.switchboard.ui.Accessibility;
import org.switchboard.ui.WidgetIds;

/** The full picture a customer sent (scaled down to fit the screen when larger), in its own window. */
final class PictureDialog {

    static final String SHELL = "chat.picture.dialog";
    static final String IMAGE = "chat.picture.image";
    static final String CLOSE = "chat.picture.close";

    private PictureDialog() {
    }

    static Shell open(Shell parent, String name, ImageData full, int width, int height) {
        Shell shell = WidgetIds.tag(new Shell(parent, SWT.DIALOG_TRIM | SWT.RESIZE | SWT.MODELESS), SHELL);
        shell.setText(NLS.bind(Messages.pictureTitle, name));
        GridLayoutFactory.swtDefaults().margins(8, 8).applyTo(shell);
        Image image = new Image(shell.getDisplay(), full);
        shell.addDisposeListener(e -> image.dispose());
        Label label = Accessibility.tagged(new Label(shell, SWT.NONE), IMAGE,
                NLS.bind(Messages.pictureTitle, name) + " " + width + " x " + height);
        label.setImage(image);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(label);
        Button close = Accessibility.tagged(new Button(shell, SWT.PUSH), CLOSE, Messages.pictureClose);
        close.setText(Messages.pictureClose);
        close.addListener(SWT.Selection, e -> shell.close());
        GridDataFactory.fillDefaults().align(SWT.END, SWT.CENTER).applyTo(close);
        shell.setDefaultButton(close);
        shell.pack();
        shell.open();
        return shell;
    }
}
