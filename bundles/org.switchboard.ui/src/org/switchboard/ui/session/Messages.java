package org.switchboard.ui.session;

import org.eclipse.osgi.util.NLS;

final class Messages extends NLS {

    private static final String BUNDLE_NAME = Messages.class.getPackageName() + ".messages";

    public static String openCall;
    public static String openCalls;
    public static String openChat;
    public static String openChats;
    public static String openWrapUp;
    public static String openWrapUps;
    public static String openUnsent;
    public static String openUnsents;
    public static String openLast;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
