package org.switchboard.core.dial;

/** The result of validating a dial string: the number, or what is wrong with it. */
public sealed interface DialValidation {

    /** A sentence for the agent: what is wrong, or which format was recognised. */
    String message();

    record Valid(DialString number) implements DialValidation {
        @Override
        public String message() {
            return switch (number.format()) {
                case US -> "US number";
                case E164 -> "E.164 number";
                case IDD -> "International (IDD) number";
                case OTHER -> "Dial number";
            };
        }
    }

    /**
     * @param input     what was entered, left intact for correction
     * @param sanitized the input with unsupported characters removed
     */
    record Invalid(String input, String sanitized, DialProblem problem, String message) implements DialValidation {
    }
}
