package org.switchboard.team.ui.internal;

import java.time.Duration;
import java.time.Instant;

import org.eclipse.osgi.util.NLS;
import org.switchboard.connector.HelpRequest;

/** How the Team view writes states, durations and requests. */
final class TeamTexts {

    private TeamTexts() {
    }

    /** READY as Ready, NOT_READY with a reason as Not Ready (lunch). */
    static String state(String state, String reasonCode) {
        if (state == null) {
            return "";
        }
        String words = state.charAt(0) + state.substring(1).toLowerCase().replace('_', ' ');
        if (words.startsWith("Not ready")) {
            words = "Not Ready" + words.substring("Not ready".length());
        }
        return reasonCode == null ? words : words + " (" + reasonCode + ")";
    }

    /** h:mm:ss, or m:ss under an hour; empty when unknown. */
    static String elapsed(Instant since, Instant now) {
        if (since == null) {
            return "";
        }
        long s = Math.max(0, Duration.between(since, now).toSeconds());
        return s >= 3600 ? String.format("%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format("%d:%02d", s / 60, s % 60);
    }

    /** VOICE as Call, CHAT as Chat, EMAIL as Email, with the interaction's state. */
    static String interaction(String channel, String state) {
        if (channel == null) {
            return "";
        }
        String kind = switch (channel) {
            case "VOICE" -> "Call";
            case "CHAT" -> "Chat";
            case "EMAIL" -> "Email";
            default -> channel.charAt(0) + channel.substring(1).toLowerCase();
        };
        return state == null ? kind : kind + " " + state.toLowerCase().replace('_', ' ');
    }

    static String mode(String mode) {
        return switch (mode) {
            case "WHISPER" -> Messages.modeWhisper;
            case "BARGE" -> Messages.modeBarge;
            default -> Messages.modeMonitor;
        };
    }

    static String status(HelpRequest r) {
        return r.status() == HelpRequest.Status.TAKEN ? NLS.bind(Messages.takenBy, r.takenByName()) : Messages.open;
    }

    static String line(HelpRequest r) {
        return NLS.bind(Messages.requestLine, new Object[] { r.kind() == HelpRequest.Kind.HELP ? Messages.help
                : Messages.review, r.agentName(), interaction(r.channel(), null), status(r), r.note() });
    }

    /** What a supervisor is told when a request arrives. */
    static String announcement(HelpRequest r) {
        return NLS.bind(r.kind() == HelpRequest.Kind.HELP ? Messages.askedForHelp : Messages.flaggedForReview,
                r.agentName(), r.note());
    }
}
