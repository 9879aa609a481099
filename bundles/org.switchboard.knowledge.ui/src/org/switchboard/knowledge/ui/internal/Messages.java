package org.switchboard.knowledge.ui.internal;

import org.eclipse.osgi.util.NLS;

/** The Knowledge view's texts, from {@code messages.properties}. */
public final class Messages extends NLS {

    public static String title;
    public static String searchLabel;
    public static String searchHint;
    public static String tagLabel;
    public static String allTags;
    public static String suggest;
    public static String suggestTip;
    public static String results;
    public static String article;
    public static String use;
    public static String useTip;
    public static String helpful;
    public static String notHelpful;
    public static String edit;
    public static String contribute;
    public static String noResults;
    public static String resultCount;
    public static String syntaxError;
    public static String searchFailed;
    public static String articleFailed;
    public static String countFailed;
    public static String notLoggedIn;
    public static String noReply;
    public static String replyClosed;
    public static String used;
    public static String nothingToSuggestFrom;
    public static String thanksForRating;
    public static String contributeNew;
    public static String contributeEdit;
    public static String proposalTitle;
    public static String proposalTags;
    public static String proposalTagsHint;
    public static String proposalBody;
    public static String yourProposals;
    public static String columnTitle;
    public static String columnState;
    public static String columnNote;
    public static String submit;
    public static String sending;
    public static String proposed;
    public static String contributeFailed;
    public static String statePending;
    public static String statePublished;
    public static String stateRejected;

    static {
        NLS.initializeMessages(Messages.class.getPackageName() + ".messages", Messages.class);
    }

    private Messages() {
    }
}
