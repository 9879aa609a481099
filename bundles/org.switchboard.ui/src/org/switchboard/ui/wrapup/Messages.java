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
    public static String wrapUpFollowUp;
    public static String followUpKind;
    public static String followUpCallBack;
    public static String followUpTask;
    public static String followUpDate;
    public static String followUpTime;
    public static String followUpZone;
    public static String followUpReminder;
    public static String followUpAtTheTime;
    public static String followUpMinutesBefore;
    public static String followUpHoursBefore;
    public static String followUpNotes;
    public static String followUpBadDate;
    public static String followUpBadTime;
    public static String followUpBadZone;
    public static String followUpInPast;
    public static String followUpTooLong;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
