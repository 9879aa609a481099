package org.switchboard.email.ui.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.osgi.util.NLS;
import org.switchboard.connector.EmailDetails;
import org.switchboard.connector.InteractionInfo;

/** How emails read on screen: the thread's lines, a message in the reading pane, times. */
final class EmailTexts {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMM HH:mm")
            .withZone(ZoneId.systemDefault());
    private static final Pattern REMOTE_IMAGE = Pattern.compile("data-remote-src=");

    private EmailTexts() {
    }

    static String time(Instant at) {
        return at == null ? "" : TIME.format(at);
    }

    static String customer(InteractionInfo email) {
        String name = email.callerName();
        return name == null || name.isBlank() ? String.valueOf(email.callerNumber()) : name;
    }

    static boolean offered(InteractionInfo email) {
        return "OFFERED".equals(email.state()) && email.allowedActions().contains("ACCEPT");
    }

    static boolean allows(InteractionInfo email, String action) {
        return email.allowedActions().contains(action);
    }

    /** One line of the thread: when, who, and how it went. */
    static String line(EmailDetails.Message m) {
        String head = m.direction() == EmailDetails.Direction.OUTBOUND
                ? NLS.bind(Messages.outbound, time(m.at()), m.to())
                : NLS.bind(Messages.inbound, time(m.at()), m.from());
        String mark = "QUEUED".equals(m.delivery()) ? Messages.queued
                : "SENT".equals(m.delivery()) ? Messages.sent
                : "AUTO_REPLY".equals(m.kind()) ? Messages.autoReply
                : "BOUNCE".equals(m.kind()) ? Messages.bounce : "";
        return (head + "  " + m.subject() + " " + mark).trim();
    }

    /**
     * The message as the reading pane shows it: its text (the server made one from the sanitised
     * HTML of an HTML-only email), what was blocked, and its attachments. Nothing from the message is
     * rendered as markup.
     */
    static String reading(EmailDetails.Message m) {
        StringBuilder out = new StringBuilder();
        out.append(m.direction() == EmailDetails.Direction.OUTBOUND ? "To: " + m.to() : "From: " + m.from())
                .append('\n').append("Subject: ").append(m.subject()).append('\n').append(time(m.at()))
                .append("\n\n").append(m.text() == null ? "" : m.text().strip());
        int blocked = remoteImages(m.html());
        if (blocked > 0) {
            out.append("\n\n").append(NLS.bind(Messages.imagesBlocked, blocked));
        }
        for (EmailDetails.Attachment a : m.attachments()) {
            out.append("\n").append(a.refusal() == null
                    ? NLS.bind(Messages.attachment, new Object[] { a.fileName(), a.mediaType(), a.size() })
                    : NLS.bind(Messages.attachmentRefused, a.fileName(), a.refusal()));
        }
        return out.toString();
    }

    private static int remoteImages(String html) {
        if (html == null) {
            return 0;
        }
        int n = 0;
        Matcher m = REMOTE_IMAGE.matcher(html);
        while (m.find()) {
            n++;
        }
        return n;
    }
}
