package org.switchboard.ui.wrapup;

import org.eclipse.osgi.util.NLS;

final class Messages extends NLS {

    private static final String BUNDLE_NAME = Messages.class.getPackageName() + ".messages";

    public static String wrapUpTitle;
    public static String wrapUpSearch;
    public static String wrapUpReasons;
    public static String wrapUpNotes;
    public static String wrapUpSubmit;
    public static String wrapUpPick;
    public static String wrapUpTooLong;
    public static String wrapUpElapsed;
    public static String wrapUpAction;
    public static String wrapUpNotesKept;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
