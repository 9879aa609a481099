package org.switchboard.core;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks payment card numbers in free text: runs of 13 to 19 digits, optionally grouped by single
 * spaces or dashes, that pass the Luhn check. Every digit but the last four becomes {@code *}; the
 * grouping is kept so the agent still recognises the shape. Digit runs that fail the Luhn check
 * (order numbers, phone numbers) are left alone.
 */
public final class CardNumberMasker {

    public static final char MASK = '*';

    // Not preceded or followed by another digit (directly or across one separator), so a card
    // number is never cut out of a longer number.
    private static final Pattern CANDIDATE =
            Pattern.compile("(?<!\\d)(?<!\\d[ -])\\d(?:[ -]?\\d){12,18}(?![ -]?\\d)");

    /** Returns {@code text} with every card number masked; {@code null} stays {@code null}. */
    public String mask(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        Matcher m = CANDIDATE.matcher(text);
        StringBuilder out = null;
        int last = 0;
        while (m.find()) {
            String candidate = m.group();
            if (!passesLuhn(digitsOf(candidate))) {
                continue;
            }
            if (out == null) {
                out = new StringBuilder(text.length());
            }
            out.append(text, last, m.start()).append(maskDigits(candidate));
            last = m.end();
        }
        if (out == null) {
            return text;
        }
        return out.append(text, last, text.length()).toString();
    }

    /** Whether {@code text} holds at least one card number. */
    public boolean containsCardNumber(String text) {
        if (text == null) {
            return false;
        }
        Matcher m = CANDIDATE.matcher(text);
        while (m.find()) {
            if (passesLuhn(digitsOf(m.group()))) {
                return true;
            }
        }
        return false;
    }

    static boolean passesLuhn(String digits) {
        int sum = 0;
        boolean doubleIt = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int d = digits.charAt(i) - '0';
            if (doubleIt) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            doubleIt = !doubleIt;
        }
        return sum % 10 == 0;
    }

    private static String digitsOf(String candidate) {
        StringBuilder digits = new StringBuilder(candidate.length());
        for (int i = 0; i < candidate.length(); i++) {
            char c = candidate.charAt(i);
            if (c >= '0' && c <= '9') {
                digits.append(c);
            }
        }
        return digits.toString();
    }

    private static String maskDigits(String candidate) {
        int digitCount = 0;
        for (int i = 0; i < candidate.length(); i++) {
            if (candidate.charAt(i) >= '0' && candidate.charAt(i) <= '9') {
                digitCount++;
            }
        }
        int toMask = digitCount - 4;
        StringBuilder masked = new StringBuilder(candidate.length());
        for (int i = 0; i < candidate.length(); i++) {
            char c = candidate.charAt(i);
            if (c >= '0' && c <= '9' && toMask > 0) {
                masked.append(MASK);
                toMask--;
            } else {
                masked.append(c);
            }
        }
        return masked.toString();
    }
}
