package org.switchboard.team.ui.internal;

import org.eclipse.osgi.util.NLS;

/** The Team view's texts, from {@code messages.properties}. */
public final class Messages extends NLS {

    public static String title;
    public static String titleOfTeam;
    public static String notLoggedIn;
    public static String columnAgent;
    public static String columnState;
    public static String columnTime;
    public static String columnInteraction;
    public static String columnCustomer;
    public static String away;
    public static String requests;
    public static String noRequests;
    public static String take;
    public static String close;
    public static String help;
    public static String review;
    public static String open;
    public static String takenBy;
    public static String requestLine;
    public static String askedForHelp;
    public static String flaggedForReview;
    public static String agentHelpTitle;
    public static String interaction;
    public static String noInteraction;
    public static String note;
    public static String askHelp;
    public static String flag;
    public static String sent;
    public static String failed;
    public static String myRequests;
    public static String monitor;
    public static String whisper;
    public static String barge;
    public static String leaveCall;
    public static String listening;
    public static String leftCall;
    public static String modeMonitor;
    public static String modeWhisper;
    public static String modeBarge;

    static {
        NLS.initializeMessages(Messages.class.getPackageName() + ".messages", Messages.class);
    }

    private Messages() {
    }
}
