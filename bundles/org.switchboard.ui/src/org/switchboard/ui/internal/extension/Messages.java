package org.switchboard.ui.internal.extension;

import org.eclipse.osgi.util.NLS;

final class Messages extends NLS {

    public static String turnedOff;
    public static String failed;
    public static String blocked;
    public static String fellBehind;

    static {
        NLS.initializeMessages(Messages.class.getPackageName() + ".messages", Messages.class);
    }

    private Messages() {
    }
}
