package org.switchboard.ui.internal.parts;

import java.util.MissingResourceException;
import java.util.ResourceBundle;

import org.eclipse.osgi.util.NLS;

final class Messages extends NLS {

    private static final String BUNDLE_NAME = Messages.class.getPackageName() + ".messages";
    private static final ResourceBundle PLACEHOLDERS = ResourceBundle.getBundle(BUNDLE_NAME + "_placeholders");

    public static String placeholderGeneric;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }

    /** What a channel's place shows before that channel's bundle is installed. */
    static String placeholderDescription(String viewId) {
        try {
            return PLACEHOLDERS.getString(viewId);
        } catch (MissingResourceException e) {
            return placeholderGeneric;
        }
    }
}
