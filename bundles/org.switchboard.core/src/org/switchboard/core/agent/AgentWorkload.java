package org.switchboard.core.agent;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.switchboard.core.ActionRefusedException;
import org.switchboard.core.Channel;
import org.switchboard.core.Rule;

/**
 * What an agent has open: offers showing (with their deadlines), interactions in progress and
 * wrap-ups, each counted per channel. It keeps the books; {@link Agent} decides what is allowed.
 */
final class AgentWorkload {

    private static final Channel[] CHANNELS = Channel.values();

    private record Offer(Channel channel, Instant deadline, OfferStage stage) {
    }

    private final Map<String, Offer> offers = new LinkedHashMap<>();
    private final Map<String, Channel> active = new LinkedHashMap<>();
    private final Map<String, Instant> wrapUps = new LinkedHashMap<>();
    private final int[] activePerChannel = new int[CHANNELS.length];
    private final int[] offeredPerChannel = new int[CHANNELS.length];

    boolean working() {
        return !active.isEmpty() || !wrapUps.isEmpty() || !offers.isEmpty();
    }

    boolean hasActive() {
        return !active.isEmpty();
    }

    boolean hasWrapUps() {
        return !wrapUps.isEmpty();
    }

    boolean hasOffers() {
        return !offers.isEmpty();
    }

    Set<Channel> busyChannels() {
        EnumSet<Channel> busy = EnumSet.noneOf(Channel.class);
        for (Channel c : CHANNELS) {
            if (activePerChannel[c.ordinal()] > 0) {
                busy.add(c);
            }
        }
        return busy;
    }

    int activeCount(Channel channel) {
        return activePerChannel[channel.ordinal()];
    }

    /** Interactions in progress and offers showing on {@code channel}: what counts against its capacity. */
    int used(Channel channel) {
        return activePerChannel[channel.ordinal()] + offeredPerChannel[channel.ordinal()];
    }

    Set<String> activeInteractions() {
        return Collections.unmodifiableSet(active.keySet());
    }

    Set<String> wrapUps() {
        return Collections.unmodifiableSet(wrapUps.keySet());
    }

    Set<String> offers() {
        return Collections.unmodifiableSet(offers.keySet());
    }

    Optional<OfferStage> offerStage(String interactionId) {
        Offer o = interactionId == null ? null : offers.get(interactionId);
        return o == null ? Optional.empty() : Optional.of(o.stage());
    }

    void addOffer(String interactionId, Channel channel, Instant deadline) {
        if (offers.containsKey(interactionId) || active.containsKey(interactionId)
                || wrapUps.containsKey(interactionId)) {
            throw new ActionRefusedException(Rule.DUPLICATE_INTERACTION, interactionId);
        }
        offers.put(interactionId, new Offer(channel, deadline, OfferStage.CONNECTING));
        offeredPerChannel[channel.ordinal()]++;
    }

    void showContactRequest(String interactionId) {
        Offer o = offer(interactionId);
        offers.put(interactionId, new Offer(o.channel(), o.deadline(), OfferStage.CONTACT_REQUEST));
    }

    /** The offer becomes an interaction in progress. */
    void accept(String interactionId) {
        Offer o = offer(interactionId);
        removeOffer(interactionId, o);
        active.put(interactionId, o.channel());
        activePerChannel[o.channel().ordinal()]++;
    }

    void removeOffer(String interactionId) {
        removeOffer(interactionId, offer(interactionId));
    }

    private Offer offer(String interactionId) {
        Offer o = interactionId == null ? null : offers.get(interactionId);
        if (o == null) {
            throw new ActionRefusedException(Rule.NO_SUCH_OFFER, interactionId);
        }
        return o;
    }

    private void removeOffer(String interactionId, Offer o) {
        offers.remove(interactionId);
        offeredPerChannel[o.channel().ordinal()]--;
    }

    /** Adds an interaction without an offer, within {@code limit} interactions on its channel. */
    void start(String interactionId, Channel channel, int limit) {
        if (active.containsKey(interactionId) || offers.containsKey(interactionId)) {
            throw new ActionRefusedException(Rule.DUPLICATE_INTERACTION, interactionId);
        }
        if (activePerChannel[channel.ordinal()] >= limit) {
            throw new ActionRefusedException(Rule.CAPACITY_REACHED, channel.name());
        }
        active.put(interactionId, channel);
        activePerChannel[channel.ordinal()]++;
    }

    /** The interaction ends; a wrap-up follows when {@code wrapUpDeadline} is present. */
    void end(String interactionId, Optional<Instant> wrapUpDeadline) {
        Channel channel = interactionId == null ? null : active.get(interactionId);
        if (channel == null) {
            throw new ActionRefusedException(Rule.NO_SUCH_INTERACTION, interactionId);
        }
        active.remove(interactionId);
        activePerChannel[channel.ordinal()]--;
        wrapUpDeadline.ifPresent(deadline -> wrapUps.put(interactionId, deadline));
    }

    void completeWrapUp(String interactionId) {
        if (interactionId == null || wrapUps.remove(interactionId) == null) {
            throw new ActionRefusedException(Rule.NO_WRAP_UP_PENDING, interactionId);
        }
    }

    /**
     * When an offer is past its deadline, every offer showing goes: the late ones time out, the
     * others are withdrawn. Empty when none is late.
     */
    List<AgentEvent> expireOffers(Instant now) {
        boolean expired = false;
        for (Offer o : offers.values()) {
            if (!now.isBefore(o.deadline())) {
                expired = true;
                break;
            }
        }
        if (!expired) {
            return List.of();
        }
        List<AgentEvent> events = new ArrayList<>();
        for (Map.Entry<String, Offer> e : offers.entrySet()) {
            Offer o = e.getValue();
            events.add(!now.isBefore(o.deadline()) ? new AgentEvent.OfferTimedOut(e.getKey(), o.channel())
                    : new AgentEvent.OfferWithdrawn(e.getKey(), o.channel()));
            offeredPerChannel[o.channel().ordinal()]--;
        }
        offers.clear();
        return events;
    }

    /** Closes the wrap-ups past their limit, adding an event for each to {@code events}. */
    List<AgentEvent> expireWrapUps(Instant now, List<AgentEvent> events) {
        List<AgentEvent> out = events;
        for (Iterator<Map.Entry<String, Instant>> it = wrapUps.entrySet().iterator(); it.hasNext();) {
            Map.Entry<String, Instant> e = it.next();
            if (!now.isBefore(e.getValue())) {
                if (out.isEmpty()) {
                    out = new ArrayList<>();
                }
                out.add(new AgentEvent.WrapUpTimedOut(e.getKey()));
                it.remove();
            }
        }
        return out;
    }
}
