package org.switchboard.server.core.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.switchboard.server.core.InboundEmail;

/**
 * Finds the case an inbound email belongs to: by the Message-IDs it answers (In-Reply-To, then
 * References, which a mail client keeps), or else by the case token in its subject (a customer who
 * replied from another client, or wrote anew quoting the token). Remembers every Message-ID seen, so
 * a mail delivered twice is one email. Event-loop confined.
 */
final class EmailThreading {

    private static final Pattern TOKEN = Pattern.compile("\\[#(C-\\d{1,18})\\]");
    /** Subject prefixes mail clients add to replies and forwards, in several languages. */
    private static final Pattern REPLY_PREFIX = Pattern.compile("^((re|aw|sv|vs|antw|fwd?|wg)\\s*:\\s*)+",
            Pattern.CASE_INSENSITIVE);

    private final Map<String, EmailCaseFile> cases = new HashMap<>();
    private final Map<String, EmailCaseFile> byMessageId = new HashMap<>();

    static String token(String caseId) {
        return "[#" + caseId + "]";
    }

    /** The subject without the case token and reply prefixes: what the case is about. */
    static String withoutToken(String subject) {
        String s = subject == null ? "" : TOKEN.matcher(subject).replaceAll("").trim();
        return REPLY_PREFIX.matcher(s).replaceFirst("").trim();
    }

    /** The subject of a reply in the case: "Re: " and the case's subject, then its token. */
    static String replySubject(EmailCaseFile c) {
        return "Re: " + c.subject + " " + c.token();
    }

    boolean seen(String messageId) {
        return byMessageId.containsKey(messageId);
    }

    void remember(String messageId, EmailCaseFile c) {
        byMessageId.put(messageId, c);
    }

    void add(EmailCaseFile c) {
        cases.put(c.caseId, c);
    }

    EmailCaseFile byId(String caseId) {
        return cases.get(caseId);
    }

    /** The case {@code email} continues, or null for a new one. */
    EmailCaseFile caseOf(InboundEmail email) {
        for (String ref : email.references()) {
            EmailCaseFile c = byMessageId.get(ref);
            if (c != null) {
                return c;
            }
        }
        Matcher m = TOKEN.matcher(email.subject());
        while (m.find()) {
            EmailCaseFile c = cases.get(m.group(1));
            if (c != null) {
                return c;
            }
        }
        return null;
    }
}
