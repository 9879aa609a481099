package org.switchboard.content;

/**
 * Masks payment card numbers in free text, as {@link org.switchboard.core.CardNumberMasker} does (the
 * same rule masks them in the logs): every digit of a Luhn-valid run of 13 to 19 digits but the last
 * four becomes {@code *}.
 */
public final class CardNumberMasker {

    public static final char MASK = org.switchboard.core.CardNumberMasker.MASK;

    private final org.switchboard.core.CardNumberMasker masker = new org.switchboard.core.CardNumberMasker();

    /** Returns {@code text} with every card number masked; {@code null} stays {@code null}. */
    public String mask(String text) {
        return masker.mask(text);
    }

    /** Whether {@code text} holds at least one card number. */
    public boolean containsCardNumber(String text) {
        return masker.containsCardNumber(text);
    }
}
