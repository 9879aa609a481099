package org.switchboard.voice.ui.internal;

import org.eclipse.osgi.util.NLS;

final class Messages extends NLS {

    private static final String BUNDLE_NAME = Messages.class.getPackageName() + ".messages";

    public static String voiceTitle;
    public static String notLoggedIn;
    public static String noCalls;
    public static String dialLabel;
    public static String dialHint;
    public static String dialCheck;
    public static String dialValid;
    public static String timer;
    public static String callerUnknown;
    public static String queueLabel;
    public static String secureValue;
    public static String cadNone;
    public static String offersPage;
    public static String offerCall;
    public static String offerConsult;
    public static String offerCallback;
    public static String offerTitleName;
    public static String offerRinging;
    public static String stateMuted;
    public static String offerRingingName;
    public static String callerName;
    public static String callStateName;
    public static String callTimerName;
    public static String unknownValue;
    public static String consultAgentName;
    public static String consultAgentDn;
    public static String consultAgentTeam;
    public static String consultAgent;
    public static String consultAgentWithDn;
    public static String consultNumber;
    public static String consultPartyName;
    public static String consultStateName;
    public static String consultTimerName;
    public static String callbackLabelName;
    public static String callbackWeb;
    public static String callbackCourtesy;
    public static String callbackDnis;
    public static String callbackCancel;
    public static String offerAccept;
    public static String offerDecline;
    public static String refused;
    public static String consultTitle;
    public static String transferTitle;
    public static String targetKind;
    public static String targetLabel;
    public static String targetMissing;
    public static String consultSubmit;
    public static String transferSubmit;
    public static String wrapUpFor;
    public static String recordingName;
    public static String recordingOn;
    public static String recordingPaused;
    public static String recordingResumesIn;
    public static String dtmfKey;
    public static String dtmfSentName;
    public static String dtmfSent;
    public static String cadSave;
    public static String cadRevert;
    public static String cadMessageName;
    public static String cadDate;
    public static String cadTime;
    public static String cadRetry;
    public static String cadRetryName;
    public static String cadSecureOnRequest;
    public static String cadNotRevealed;
    public static String cadTooLong;
    public static String cadConflict;
    public static String cadReplaced;
    public static String cadAnotherAgent;
    public static String cadNotSaved;
    public static String cadNoConnection;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }

    /** A keyed string of the companion file ({@code state_HELD}, {@code action_HOLD}, ...). */
    static String get(String key) {
        if (Keyed.BY_NAME.containsKey(key)) {
            return Keyed.BY_NAME.getString(key);
        }
        return Keyed.FIELDS.containsKey(key) ? Keyed.FIELDS.getString(key) : key;
    }

    /** Plain text of a label with a mnemonic, for accessible names. */
    static String plain(String label) {
        return label.replace("&", "").replace("...", "");
    }

    private static final class Keyed {
        // names looked up only by key live apart, so that NLS does not report them as unused fields
        static final java.util.ResourceBundle BY_NAME = java.util.ResourceBundle.getBundle(BUNDLE_NAME + "_keyed");
        static final java.util.ResourceBundle FIELDS = java.util.ResourceBundle.getBundle(BUNDLE_NAME);
    }
}
