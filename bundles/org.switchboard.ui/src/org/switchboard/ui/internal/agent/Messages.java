package org.switchboard.ui.internal.agent;

import org.eclipse.osgi.util.NLS;

final class Messages extends NLS {

    private static final String BUNDLE_NAME = Messages.class.getPackageName() + ".messages";

    public static String state_LOGGED_OUT;
    public static String supervising;
    public static String state_NOT_READY;
    public static String state_READY;
    public static String state_RESERVED;
    public static String state_BUSY;
    public static String state_WRAP_UP;
    public static String state_RONA;
    public static String stateWithReason;
    public static String stateName;
    public static String timeInState;
    public static String pending;
    public static String pendingWithReason;
    public static String ready;
    public static String notReady;
    public static String reason;
    public static String logIn;
    public static String logOut;
    public static String bannerName;
    public static String bannerLost;
    public static String connection_CONNECTING;
    public static String connection_CONNECTED;
    public static String connection_RECONNECTING;
    public static String connection_FAILED_OVER;
    public static String connection_DISCONNECTED;
    public static String connectionName;
    public static String outboxEmpty;
    public static String outboxPending;
    public static String outboxFailed;
    public static String outboxName;
    public static String stateRefused;
    public static String ronaTitle;
    public static String ronaText;
    public static String ronaAvailable;
    public static String ronaIdle;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }

    static String get(String key) {
        try {
            return (String) Messages.class.getField(key).get(null);
        } catch (ReflectiveOperationException e) {
            return key;
        }
    }
}
