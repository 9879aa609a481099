package org.switchboard.chat.ui.internal;

import org.eclipse.osgi.util.NLS;

final class Messages extends NLS {

    private static final String BUNDLE_NAME = Messages.class.getPackageName() + ".messages";

    public static String chatTitle;
    public static String replyTargetLabel;
    public static String notLoggedIn;
    public static String noChats;
    public static String customerUnknown;
    public static String tabUnread;
    public static String offerTitle;
    public static String newMessage;
    public static String newMessageTitle;
    public static String newPicture;
    public static String offerAccept;
    public static String offerReject;
    public static String offerQueue;
    public static String offersPage;
    public static String stateActive;
    public static String stateEnded;
    public static String stateTransferred;
    public static String stateWrapUp;
    public static String customerTyping;
    public static String callInProgress;
    public static String callsMade;
    public static String phoneLabel;
    public static String phoneLink;
    public static String phoneLinkDisabled;
    public static String locationLabel;
    public static String locationText;
    public static String locationAt;
    public static String mapLink;
    public static String lineFormat;
    public static String lineYou;
    public static String linePicture;
    public static String pictureLoading;
    public static String pictureRefused;
    public static String pictureNotShown;
    public static String pictureOpen;
    public static String pictureTitle;
    public static String pictureClose;
    public static String inputLabel;
    public static String inputHint;
    public static String counter;
    public static String tooLong;
    public static String empty;
    public static String send;
    public static String canned;
    public static String transfer;
    public static String end;
    public static String wrapUp;
    public static String wrapUpFor;
    public static String refused;
    public static String transferTitle;
    public static String transferKind;
    public static String transferTarget;
    public static String transferAgent;
    public static String transferQueue;
    public static String transferHintAgent;
    public static String transferHintQueue;
    public static String transferMissing;
    public static String transferSubmit;
    public static String cannedTitle;
    public static String cannedSearch;
    public static String cannedList;
    public static String cannedName;
    public static String cannedText;
    public static String cannedShared;
    public static String cannedPersonal;
    public static String cannedNew;
    public static String cannedSave;
    public static String cannedSaving;
    public static String cannedDeleting;
    public static String cannedDelete;
    public static String cannedInsert;
    public static String cannedSaved;
    public static String cannedDeleted;
    public static String cannedMissing;
    public static String cannedPlaceholderMissing;
    public static String cannedFailed;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }

    /** Plain text of a label with a mnemonic, for accessible names. */
    static String plain(String label) {
        return label.replace("&", "").replace("...", "");
    }
}
