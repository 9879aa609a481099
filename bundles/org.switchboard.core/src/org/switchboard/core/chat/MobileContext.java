package org.switchboard.core.chat;

import java.util.Optional;

import org.switchboard.core.dial.DialString;
import org.switchboard.core.internal.Require;

/** What a mobile application adds to a chat: the customer's phone number and location. */
public record MobileContext(Optional<DialString> phoneNumber, Optional<Location> location) {

    public MobileContext {
        Require.present(phoneNumber, "phone number");
        Require.present(location, "location");
    }

    public static MobileContext none() {
        return new MobileContext(Optional.empty(), Optional.empty());
    }
}
