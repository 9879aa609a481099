package org.switchboard.ui.reply;

/**
 * A reply being written to a customer (a chat's message box, an email's reply editor) that other
 * views can add text to: the knowledge base's articles, for one. Called on the UI thread only.
 */
public interface ReplyTarget {

    String interactionId();

    /** Who and where, for the agent: "chat with Dana Whitfield". */
    String label();

    /** What the customer wrote most recently (the chat's last lines, the email's text); empty if nothing. */
    String customerText();

    /** Puts {@code text} at the caret of the reply; false when the reply cannot take text now. */
    boolean insert(String text);
}
