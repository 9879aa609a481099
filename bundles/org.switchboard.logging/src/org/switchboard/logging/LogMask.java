package org.switchboard.logging;

import org.switchboard.core.CardNumberMasker;
import org.switchboard.core.cad.SecureValues;

/**
 * What every log line goes through before it is written: card numbers (13 to 19 digits, alone or
 * grouped by spaces or dashes, that pass the Luhn check) keep only their last four digits, and the
 * values of secure call variables become {@code ******}.
 */
public final class LogMask {

    private static final CardNumberMasker CARD_NUMBERS = new CardNumberMasker();

    private LogMask() {
    }

    /** {@code text} with card numbers and secure call data masked; null stays null. */
    public static String mask(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        return SecureValues.mask(CARD_NUMBERS.mask(text));
    }
}
