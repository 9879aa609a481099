package org.switchboard.ui.internal.commands;

import org.eclipse.osgi.util.NLS;

final class Messages extends NLS {

    private static final String BUNDLE_NAME = Messages.class.getPackageName() + ".messages";

    public static String logoutTitle;
    public static String logoutRefused;
    public static String logoutUnsent;
    public static String closeTitle;
    public static String closeLive;
    public static String closeUnsent;
    public static String closeAnyway;
    public static String closeStay;
    public static String viewNotShown;
    public static String keysTitle;
    public static String keysIntro;
    public static String keysCommand;
    public static String keysKey;
    public static String keysShowView;
    public static String aboutTitle;
    public static String aboutText;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
