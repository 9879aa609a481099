package org.switchboard.core.dial;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.switchboard.core.ActionRefusedException;
import org.switchboard.core.Rule;

class DialStringTest {

    @ParameterizedTest(name = "{0} -> {1} ({2})")
    @CsvSource(delimiter = '|', textBlock = """
            +12015532447           | +12015532447     | US
            +1 (201) 553-2447      | +12015532447     | US
            +11234567890           | +11234567890     | E164
            +447911123456          | +447911123456    | E164
            01161123456789         | 01161123456789   | IDD
            123                    | 123              | OTHER
            *721#                  | *721#            | OTHER
            1-800-FLOWERS          | 1800             | OTHER
            5551234:99             | 5551234:99       | OTHER
            123456789012345678     | 123456789012345678 | OTHER
            +1234567890123456      | +1234567890123456  | OTHER
            """)
    void usE164AndIddFormatsAreRecognisedAndReported(String raw, String kept, DialFormat format) {
        DialString d = DialString.parse(raw);
        assertEquals(kept, d.value());
        assertEquals(format, d.format());
    }

    @Test
    void onlyPlusHashStarAndColonAreKeptAmongSpecialCharacters() {
        assertEquals("+12#*:3", DialString.sanitize("+1a2b#.*-:(3)"));
        assertEquals("", DialString.sanitize(null));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ''                       | EMPTY           | Enter a dial number of 3 to 18 digits.
            abc                      | EMPTY           | Enter a dial number of 3 to 18 digits.
            12                       | TOO_FEW_DIGITS  | The dial number has 2 digits; it needs at least 3.
            *#1                      | TOO_FEW_DIGITS  | The dial number has 1 digit; it needs at least 3.
            1234567890123456789      | TOO_MANY_DIGITS | The dial number has 19 digits; it may have at most 18.
            12+345                   | MISPLACED_PLUS  | The + sign may only come first in a dial number ("12+345").
            """)
    void invalidDialStringGetsMessageSayingWhatIsWrong(String raw, DialProblem problem, String message) {
        DialValidation.Invalid v = assertInstanceOf(DialValidation.Invalid.class, DialString.validate(raw));
        assertEquals(problem, v.problem());
        assertEquals(message, v.message());
        assertEquals(raw, v.input(), "the rejected value is left intact for correction");
        ActionRefusedException e = assertThrows(ActionRefusedException.class, () -> DialString.parse(raw));
        assertEquals(Rule.INVALID_DIAL_NUMBER, e.rule());
        assertTrue(e.getMessage().contains(message));
    }

    @Test
    void dialStringLengthIsThreeToEighteenDigits() {
        assertEquals(DialFormat.OTHER, DialString.parse("100").format());
        assertEquals(18, DialString.parse("9".repeat(18)).value().length());
        assertInstanceOf(DialValidation.Invalid.class, DialString.validate("9".repeat(19)));
        assertInstanceOf(DialValidation.Invalid.class, DialString.validate(null));
    }

    @Test
    void validResultReportsTheFormat() {
        assertEquals("US number", DialString.validate("+12015532447").message());
        assertEquals("E.164 number", DialString.validate("+11234567890").message());
        assertEquals("International (IDD) number", DialString.validate("01161123456789").message());
    }

    @Test
    void constructorRefusesUnnormalisedOrMislabelledValues() {
        assertEquals(Rule.INVALID_DIAL_NUMBER,
                assertThrows(ActionRefusedException.class, () -> new DialString("201-553", DialFormat.OTHER)).rule());
        assertEquals(Rule.INVALID_DIAL_NUMBER,
                assertThrows(ActionRefusedException.class, () -> new DialString("+12015532447", DialFormat.IDD))
                        .rule());
    }
}
