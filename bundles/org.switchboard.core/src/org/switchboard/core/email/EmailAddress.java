package org.switchboard.core.email;

import java.util.regex.Pattern;

import org.switchboard.core.ActionRefusedException;
import org.switchboard.core.Rule;

/** A plain addr-spec check: something@domain.tld without spaces. */
public final class EmailAddress {

    private static final Pattern SHAPE = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private EmailAddress() {
    }

    public static String require(String address) {
        if (address == null || address.length() > 254 || !SHAPE.matcher(address).matches()) {
            throw new ActionRefusedException(Rule.INVALID_EMAIL_ADDRESS, address);
        }
        return address;
    }
}
