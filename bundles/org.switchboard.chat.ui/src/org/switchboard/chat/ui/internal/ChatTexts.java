package org.switchboard.chat.ui.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.eclipse.osgi.util.NLS;
import org.switchboard.connector.ChatDetails;
import org.switchboard.connector.InteractionInfo;
import org.switchboard.core.chat.ChatAction;

/** What the chat view says about a chat, derived from the server's view of it. */
final class ChatTexts {

    /** The longest message the server takes. */
    static final int MAX_MESSAGE = 4000;

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneId.systemDefault());
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

    private ChatTexts() {
    }

    static boolean allows(InteractionInfo chat, String action) {
        return chat.allowedActions().contains(action);
    }

    static boolean allows(InteractionInfo chat, ChatAction action) {
        return allows(chat, action.name());
    }

    /** Offered to this agent and not yet accepted. */
    /** A chat action as the agent knows it: "Send", "End chat"; the action's own name for the rest. */
    static String actionName(String action) {
        return switch (action) {
            case "ACCEPT" -> Messages.plain(Messages.offerAccept);
            case "REJECT" -> Messages.plain(Messages.offerReject);
            case "SEND" -> Messages.plain(Messages.send);
            case "END" -> Messages.plain(Messages.end);
            case "TRANSFER" -> Messages.plain(Messages.transferSubmit);
            case "WRAP_UP" -> Messages.plain(Messages.wrapUp);
            default -> action;
        };
    }

    static boolean offered(InteractionInfo chat) {
        return allows(chat, ChatAction.ACCEPT);
    }

    static String customer(InteractionInfo chat) {
        String name = chat.callerName();
        return name == null || name.isBlank() ? Messages.customerUnknown : name;
    }

    static String state(InteractionInfo chat) {
        if (chat.wrapUpOwed()) {
            return Messages.stateWrapUp;
        }
        return switch (chat.state()) {
            case "ACTIVE" -> Messages.stateActive;
            case "ENDED" -> Messages.stateEnded;
            case "TRANSFERRED" -> Messages.stateTransferred;
            default -> chat.state();
        };
    }

    /** Why a message cannot be sent, or null when it can. */
    static String refusal(String text) {
        if (text.isBlank()) {
            return Messages.empty;
        }
        if (text.length() > MAX_MESSAGE) {
            return NLS.bind(Messages.tooLong, String.format(Locale.ROOT, "%,d", MAX_MESSAGE),
                    String.format(Locale.ROOT, "%,d", text.length()));
        }
        return null;
    }

    /**
     * One transcript line as shown: time, who, and the text exactly as written (never interpreted).
     *
     * @param customerId who the customer is in the transcript, or null when not known yet
     */
    static String line(InteractionInfo.TranscriptLine line, String agentId, String customerId, String customer) {
        String who = agentId != null && agentId.equals(line.from()) ? Messages.lineYou
                : line.from() == null || line.from().equals(customerId) ? customer : line.from();
        return NLS.bind(Messages.lineFormat, new Object[] { clock(line.at()), who, line.text() == null ? "" : line.text() });
    }

    /** The customer's id in a transcript: who wrote first, other than the agent (a chat starts with the customer). */
    static String customerId(java.util.List<InteractionInfo.TranscriptLine> transcript, String agentId) {
        return transcript.stream().map(InteractionInfo.TranscriptLine::from)
                .filter(f -> f != null && !f.equals(agentId)).findFirst().orElse(null);
    }

    static String location(ChatDetails.Location l) {
        String text = NLS.bind(Messages.locationText, new Object[] { coordinate(l.latitude()), coordinate(l.longitude()),
                String.format(Locale.ROOT, "%.0f", l.accuracyMeters()) });
        return l.at() == null ? text : text + ", " + NLS.bind(Messages.locationAt, WHEN.format(l.at()));
    }

    /** An OpenStreetMap page centred on the location, zoomed by its accuracy. */
    static String mapUrl(ChatDetails.Location l) {
        int zoom = l.accuracyMeters() <= 50 ? 17 : l.accuracyMeters() <= 500 ? 15 : 12;
        return String.format(Locale.ROOT, "https://www.openstreetmap.org/?mlat=%.6f&mlon=%.6f#map=%d/%.6f/%.6f",
                l.latitude(), l.longitude(), zoom, l.latitude(), l.longitude());
    }

    private static String coordinate(double value) {
        return String.format(Locale.ROOT, "%.5f", value);
    }

    static String clock(Instant at) {
        return at == null ? "" : CLOCK.format(at);
    }
}
