package org.switchboard.logging;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.switchboard.core.cad.SecureValues;

/**
 * What every log line goes through before it is written: card numbers (13 to 19 digits, alone or
 * grouped by spaces or dashes, that pass the Luhn check) keep only their last four digits, and the
 * values of secure call variables become {@code ******}.
 */
public final class LogMask {

    private static final Pattern DIGIT_RUN = Pattern.compile("(?<![\\d])\\d(?:[ -]?\\d){12,18}(?![\\d])");
    private static final int KEPT_DIGITS = 4;

    private LogMask() {
    }

    /** {@code text} with card numbers and secure call data masked; null stays null. */
    public static String mask(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        return SecureValues.mask(maskCardNumbers(text));
    }

    static String maskCardNumbers(String text) {
        Matcher m = DIGIT_RUN.matcher(text);
        if (!m.find()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int copied = 0;
        do {
            String run = m.group();
            if (isLuhnValid(digitsOf(run))) {
                out.append(text, copied, m.start()).append(maskDigits(run));
                copied = m.end();
            }
        } while (m.find());
        return copied == 0 ? text : out.append(text, copied, text.length()).toString();
    }

    private static String digitsOf(String run) {
        return run.replace(" ", "").replace("-", "");
    }

    /** Every digit but the last four becomes {@code *}; spaces and dashes stay where they were. */
    private static String maskDigits(String run) {
        int toMask = digitsOf(run).length() - KEPT_DIGITS;
        StringBuilder masked = new StringBuilder(run.length());
        for (char c : run.toCharArray()) {
            if (Character.isDigit(c) && toMask > 0) {
                masked.append('*');
                toMask--;
            } else {
                masked.append(c);
            }
        }
        return masked.toString();
    }

    static boolean isLuhnValid(String digits) {
        int sum = 0;
        boolean doubled = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int d = digits.charAt(i) - '0';
            if (doubled) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            doubled = !doubled;
        }
        return sum % 10 == 0;
    }
}
