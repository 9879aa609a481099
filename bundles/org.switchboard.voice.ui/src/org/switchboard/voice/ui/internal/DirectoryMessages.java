package org.switchboard.voice.ui.internal;

import org.eclipse.osgi.util.NLS;

/** Strings of the directory, outbound calls, redial and favorites. */
final class DirectoryMessages extends NLS {

    private static final String BUNDLE_NAME = DirectoryMessages.class.getPackageName() + ".directory";

    public static String open;
    public static String title;
    public static String searchLabel;
    public static String searchHint;
    public static String refresh;
    public static String show;
    public static String column_NAME;
    public static String column_KIND;
    public static String column_PRESENCE;
    public static String column_TARGET;
    public static String favoriteMark;
    public static String call;
    public static String consult;
    public static String addFavorite;
    public static String removeFavorite;
    public static String searching;
    public static String found;
    public static String foundOne;
    public static String noneFound;
    public static String searchFailed;
    public static String notConnected;
    public static String calling;
    public static String callFailed;
    public static String consultRequested;
    public static String favoriteAdded;
    public static String favoriteRemoved;
    public static String storeFailed;
    public static String dialCall;
    public static String dialRedial;
    public static String redialNothing;
    public static String recentEmpty;
    public static String favoritesEmpty;

    static {
        NLS.initializeMessages(BUNDLE_NAME, DirectoryMessages.class);
    }

    private DirectoryMessages() {
    }

    /** A keyed string of the companion file ({@code presence_READY}, {@code kind_AGENT}, {@code show_RECENT}). */
    static String get(String key) {
        if (Keyed.BY_NAME.containsKey(key)) {
            return Keyed.BY_NAME.getString(key);
        }
        return Keyed.FIELDS.containsKey(key) ? Keyed.FIELDS.getString(key) : key;
    }

    private static final class Keyed {
        // names looked up only by key live apart, so that NLS does not report them as unused fields
        static final java.util.ResourceBundle BY_NAME = java.util.ResourceBundle.getBundle(BUNDLE_NAME + "_keyed");
        static final java.util.ResourceBundle FIELDS = java.util.ResourceBundle.getBundle(BUNDLE_NAME);
    }
}
