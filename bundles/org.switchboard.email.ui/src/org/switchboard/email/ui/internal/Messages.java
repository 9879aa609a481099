package org.switchboard.email.ui.internal;

import org.eclipse.osgi.util.NLS;

/** The email view's texts, from {@code messages.properties}. */
public final class Messages extends NLS {

    public static String title;
    public static String replyTargetLabel;
    public static String noEmail;
    public static String teamQueue;
    public static String personalQueue;
    public static String columnFrom;
    public static String columnSubject;
    public static String columnArrived;
    public static String draftMark;
    public static String retrieve;
    public static String thread;
    public static String reading;
    public static String replyLabel;
    public static String send;
    public static String saveDraft;
    public static String closeWithoutReply;
    public static String offerTitle;
    public static String offerAccept;
    public static String offerReject;
    public static String inbound;
    public static String outbound;
    public static String queued;
    public static String sent;
    public static String autoReply;
    public static String bounce;
    public static String attachment;
    public static String attachmentRefused;
    public static String imagesBlocked;
    public static String emptyReply;
    public static String refused;
    public static String notLoggedIn;
    public static String wrapUpFor;
    public static String queuesUnavailable;

    static {
        NLS.initializeMessages(Messages.class.getPackageName() + ".messages", Messages.class);
    }

    private Messages() {
    }
}
