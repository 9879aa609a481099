package org.switchboard.core.dial;

import org.switchboard.core.ActionRefusedException;
import org.switchboard.core.Rule;

/**
 * A validated dial number: 3 to 18 digits, where among special characters only {@code + # * :} are
 * kept. Letters and other characters are removed before validation (a pasted "(201) 553-2447"
 * becomes "2015532447").
 */
public record DialString(String value, DialFormat format) {

    public static final int MIN_DIGITS = 3;
    public static final int MAX_DIGITS = 18;

    public DialString {
        String kept = sanitize(value);
        DialValidation.Invalid problem = problemOf(value == null ? "" : value, kept);
        if (problem != null) {
            throw new ActionRefusedException(Rule.INVALID_DIAL_NUMBER, problem.message());
        }
        if (!kept.equals(value) || format != formatOf(kept)) {
            throw new ActionRefusedException(Rule.INVALID_DIAL_NUMBER, "not a normalised dial string");
        }
    }

    /** Validates raw input and returns the number or the reason it is not dialable. */
    public static DialValidation validate(String raw) {
        String input = raw == null ? "" : raw;
        String kept = sanitize(input);
        DialValidation.Invalid problem = problemOf(input, kept);
        return problem != null ? problem : new DialValidation.Valid(new DialString(kept, formatOf(kept)));
    }

    private static DialValidation.Invalid problemOf(String input, String kept) {
        if (kept.isEmpty()) {
            return new DialValidation.Invalid(input, kept, DialProblem.EMPTY,
                    "Enter a dial number of " + MIN_DIGITS + " to " + MAX_DIGITS + " digits.");
        }
        int digits = 0;
        for (int i = 0; i < kept.length(); i++) {
            if (Character.isDigit(kept.charAt(i))) {
                digits++;
            }
        }
        if (kept.lastIndexOf('+') > 0) {
            return new DialValidation.Invalid(input, kept, DialProblem.MISPLACED_PLUS,
                    "The + sign may only come first in a dial number (\"" + kept + "\").");
        }
        if (digits < MIN_DIGITS) {
            return new DialValidation.Invalid(input, kept, DialProblem.TOO_FEW_DIGITS,
                    "The dial number has " + digits + (digits == 1 ? " digit" : " digits") + "; it needs at least "
                            + MIN_DIGITS + ".");
        }
        if (digits > MAX_DIGITS) {
            return new DialValidation.Invalid(input, kept, DialProblem.TOO_MANY_DIGITS,
                    "The dial number has " + digits + " digits; it may have at most " + MAX_DIGITS + ".");
        }
        return null;
    }

    /** Parses raw input or refuses it with {@link Rule#INVALID_DIAL_NUMBER} and the validation message. */
    public static DialString parse(String raw) {
        return switch (validate(raw)) {
            case DialValidation.Valid v -> v.number();
            case DialValidation.Invalid i -> throw new ActionRefusedException(Rule.INVALID_DIAL_NUMBER, i.message());
        };
    }

    /** Keeps digits and {@code + # * :}; drops letters and every other character. */
    public static String sanitize(String raw) {
        if (raw == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if ((c >= '0' && c <= '9') || c == '+' || c == '#' || c == '*' || c == ':') {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static DialFormat formatOf(String s) {
        if (s.matches("\\+1[2-9]\\d{9}")) {
            return DialFormat.US;
        }
        if (s.matches("\\+[1-9]\\d{1,14}")) {
            return DialFormat.E164;
        }
        if (s.matches("011[1-9]\\d{4,14}")) {
            return DialFormat.IDD;
        }
        return DialFormat.OTHER;
    }

    @Override
    public String toString() {
        return value;
    }
}
