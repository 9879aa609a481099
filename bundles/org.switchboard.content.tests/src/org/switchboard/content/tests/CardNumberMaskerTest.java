package org.switchboard.content.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.switchboard.content.CardNumberMasker;

class CardNumberMaskerTest {

    private final CardNumberMasker masker = new CardNumberMasker();

    @Test
    void sixteenDigitsGroupedBySpacesKeepOnlyTheLastFour() {
        assertEquals("Card **** **** **** 1111, exp 12/27",
                masker.mask("Card 4111 1111 1111 1111, exp 12/27"));
    }

    @Test
    void digitsGroupedByDashesAreMasked() {
        assertEquals("****-****-****-0004", masker.mask("5500-0000-0000-0004"));
    }

    @Test
    void thirteenAndNineteenDigitNumbersAreMasked() {
        assertEquals("*********2222", masker.mask("4222222222222"));
        assertEquals("***************0004", masker.mask("6000000000000000004"));
    }

    @Test
    void everyCardNumberInTheTextIsMasked() {
        assertEquals("old ************1111 new ************0004",
                masker.mask("old 4111111111111111 new 5500000000000004"));
    }

    @Test
    void numbersFailingTheLuhnCheckAreLeftAlone() {
        String order = "Order 4111 1111 1111 1112 shipped";
        assertEquals(order, masker.mask(order));
        assertFalse(masker.containsCardNumber(order));
    }

    @Test
    void tooShortOrTooLongDigitRunsAreLeftAlone() {
        // 12 digits, and a Luhn-valid 20-digit run that holds a valid 16-digit prefix
        assertEquals("ref 411111111111", masker.mask("ref 411111111111"));
        assertEquals("id 41111111111111111115", masker.mask("id 41111111111111111115"));
        assertEquals("id 4111111111111111 1", masker.mask("id 4111111111111111 1"));
    }

    @Test
    void textWithoutCardNumbersIsReturnedUnchanged() {
        String text = "Call me on +1 415 555 0100 after 5pm";
        assertEquals(text, masker.mask(text));
        assertNull(masker.mask(null));
        assertEquals("", masker.mask(""));
    }

    @Test
    void cardNumberIsFoundInText() {
        assertTrue(masker.containsCardNumber("my card is 4111-1111-1111-1111 thanks"));
        assertFalse(masker.containsCardNumber(null));
    }
}
