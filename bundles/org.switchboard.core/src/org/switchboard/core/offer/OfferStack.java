package org.switchboard.core.offer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.switchboard.core.Channel;
import org.switchboard.core.internal.Require;

/**
 * How overlapping request popovers are stacked: emails, social conversations, chats, then calls
 * from top to bottom, the earliest first within each; at most five are shown ("1-5 of N"). Every
 * non-voice request can be accepted at once ("Accept N requests"); calls are answered one by one.
 */
public final class OfferStack {

    public static final int VISIBLE = 5;

    private static final Comparator<PendingOffer> ORDER = Comparator
            .comparingInt((PendingOffer o) -> rank(o.channel())).thenComparing(PendingOffer::arrived);

    private final List<PendingOffer> offers;

    public OfferStack(List<PendingOffer> pending) {
        List<PendingOffer> sorted = new ArrayList<>(Require.present(pending, "offers"));
        sorted.sort(ORDER);
        this.offers = List.copyOf(sorted);
    }

    private static int rank(Channel c) {
        return switch (c) {
            case EMAIL -> 0;
            case SOCIAL -> 1;
            case CHAT -> 2;
            case VOICE -> 3;
        };
    }

    /** All offers, top to bottom. */
    public List<PendingOffer> ordered() {
        return offers;
    }

    /** The popovers on screen: the top five. */
    public List<PendingOffer> visible() {
        return offers.subList(0, Math.min(VISIBLE, offers.size()));
    }

    /** "1-5 of 7" when more than five are waiting, otherwise empty. */
    public String pageLabel() {
        return offers.size() > VISIBLE ? "1-" + VISIBLE + " of " + offers.size() : "";
    }

    /** The offers "Accept all" takes: everything but calls. */
    public List<PendingOffer> acceptableTogether() {
        List<PendingOffer> out = new ArrayList<>();
        for (PendingOffer o : offers) {
            if (o.channel() != Channel.VOICE) {
                out.add(o);
            }
        }
        return List.copyOf(out);
    }

    /** "Accept 3 requests", or empty when fewer than two can be accepted together. */
    public String acceptAllLabel() {
        int n = acceptableTogether().size();
        return n < 2 ? "" : "Accept " + n + " requests";
    }
}
