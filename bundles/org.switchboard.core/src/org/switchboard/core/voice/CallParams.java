package org.switchboard.core.voice;

import java.util.Optional;

import org.switchboard.core.wrapup.WrapUp;

/** Parameters for {@link Call#apply}; each action reads the one it needs. */
public record CallParams(Optional<Target> target, Optional<String> digits, Optional<String> party,
        Optional<WrapUp> wrapUp) {

    private static final CallParams NONE = new CallParams(Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty());

    public CallParams {
        target = target == null ? Optional.empty() : target;
        digits = digits == null ? Optional.empty() : digits;
        party = party == null ? Optional.empty() : party;
        wrapUp = wrapUp == null ? Optional.empty() : wrapUp;
    }

    public static CallParams none() {
        return NONE;
    }

    public static CallParams target(Target t) {
        return new CallParams(Optional.ofNullable(t), Optional.empty(), Optional.empty(), Optional.empty());
    }

    public static CallParams digits(String d) {
        return new CallParams(Optional.empty(), Optional.ofNullable(d), Optional.empty(), Optional.empty());
    }

    public static CallParams party(String p) {
        return new CallParams(Optional.empty(), Optional.empty(), Optional.ofNullable(p), Optional.empty());
    }

    public static CallParams wrapUp(WrapUp w) {
        return new CallParams(Optional.empty(), Optional.empty(), Optional.empty(), Optional.ofNullable(w));
    }
}
