package org.switchboard.calendar.ui.internal;

import org.eclipse.osgi.util.NLS;

final class Messages extends NLS {

    private static final String BUNDLE_NAME = Messages.class.getPackageName() + ".messages";

    public static String title;
    public static String agenda;
    public static String day;
    public static String week;
    public static String previous;
    public static String today;
    public static String next;
    public static String newFollowUp;
    public static String callBack;
    public static String open;
    public static String done;
    public static String remove;
    public static String columnWhen;
    public static String columnKind;
    public static String columnContact;
    public static String columnNotes;
    public static String columnState;
    public static String kindCallBack;
    public static String kindTask;
    public static String stateScheduled;
    public static String stateReminded;
    public static String stateDone;
    public static String callBackTitle;
    public static String taskTitle;
    public static String noContact;
    public static String noInteraction;
    public static String details;
    public static String readAction;
    public static String doneAction;
    public static String removeAction;
    public static String callBackAction;
    public static String scheduleAction;
    public static String notLoggedIn;
    public static String scheduleTitle;
    public static String scheduleName;
    public static String scheduleNumber;
    public static String scheduleOk;
    public static String reminder;
    public static String due;
    public static String snooze;
    public static String dismiss;
    public static String reminderAnnouncement;
    public static String reminderNotification;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
