package org.switchboard.ui.internal.login;

import org.eclipse.osgi.util.NLS;

final class Messages extends NLS {

    private static final String BUNDLE_NAME = Messages.class.getPackageName() + ".messages";

    public static String loginTitle;
    public static String loginLocked;
    public static String loginIntro;
    public static String loginServer;
    public static String loginAgent;
    public static String loginPassword;
    public static String loginSubmit;
    public static String loginBusy;
    public static String loginMissingAgent;
    public static String loginBadServer;
    public static String loginUnreachable;
    public static String loginRefused;
    public static String loginFailed;
    public static String loginSecondary;
    public static String loginSecondaryHint;
    public static String loginCallControl;
    public static String loginRest;
    public static String loginSoap;
    public static String loginSoapEndpoint;
    public static String loginSoapDerived;
    public static String loginBadSecondary;
    public static String loginBadSoapEndpoint;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
