package org.switchboard.core.agent;

import java.util.EnumMap;
import java.util.Map;

import org.switchboard.core.ActionRefusedException;
import org.switchboard.core.Channel;
import org.switchboard.core.Rule;
import org.switchboard.core.internal.Require;

/** How many interactions of each channel an agent may handle at once. */
public final class Capacity {

    private static final Channel[] CHANNELS = Channel.values();

    private final int[] limits;

    private Capacity(int[] limits) {
        this.limits = limits;
    }

    /** 1 call, 3 chats, 1 email, 3 social conversations. */
    public static Capacity defaults() {
        return of(Map.of(Channel.VOICE, 1, Channel.CHAT, 3, Channel.EMAIL, 1, Channel.SOCIAL, 3));
    }

    /** Channels missing from the map get capacity 0 (the agent is not offered them). */
    public static Capacity of(Map<Channel, Integer> perChannel) {
        Require.present(perChannel, "capacity");
        int[] limits = new int[CHANNELS.length];
        for (Map.Entry<Channel, Integer> e : perChannel.entrySet()) {
            Integer limit = Require.present(e.getValue(), "capacity of " + e.getKey());
            if (limit < 0 || (e.getKey() == Channel.VOICE && limit > 1)) {
                throw new ActionRefusedException(Rule.INVALID_CAPACITY, e.getKey() + "=" + limit);
            }
            limits[Require.present(e.getKey(), "channel").ordinal()] = limit;
        }
        return new Capacity(limits);
    }

    public Capacity with(Channel channel, int limit) {
        Map<Channel, Integer> map = asMap();
        map.put(Require.present(channel, "channel"), limit);
        return of(map);
    }

    public int limit(Channel channel) {
        return limits[channel.ordinal()];
    }

    public Map<Channel, Integer> asMap() {
        Map<Channel, Integer> map = new EnumMap<>(Channel.class);
        for (Channel c : CHANNELS) {
            map.put(c, limits[c.ordinal()]);
        }
        return map;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Capacity other && java.util.Arrays.equals(limits, other.limits);
    }

    @Override
    public int hashCode() {
        return java.util.Arrays.hashCode(limits);
    }

    @Override
    public String toString() {
        return "Capacity" + asMap();
    }
}
