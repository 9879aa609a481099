package org.switchboard.logging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.switchboard.core.cad.CadDefinition;
import org.switchboard.core.cad.CadType;
import org.switchboard.core.cad.CadVariable;

class LogMaskTest {

    @Test
    void cardNumbersKeepOnlyTheirLastFourDigits() {
        assertEquals("paid with ************1111", LogMask.mask("paid with 4111111111111111"));
        assertEquals("card ****-****-****-0004 ok", LogMask.mask("card 5500-0000-0000-0004 ok"));
        assertEquals("card **** ****** *0005", LogMask.mask("card 3782 822463 10005"));
        assertEquals("[************1111]", LogMask.mask("[4111111111111111]"));
    }

    @Test
    void digitRunsThatAreNoCardNumbersStay() {
        String notLuhn = "order 4111111111111112 and call +44 20 7946 0958 at 2026-12-07 10:15:00";
        assertEquals(notLuhn, LogMask.mask(notLuhn));
        String tooLong = "trace id 41111111111111110000000";
        assertEquals(tooLong, LogMask.mask(tooLong));
    }

    @Test
    void luhnCheckAcceptsValidAndRefusesChangedNumbers() {
        assertTrue(LogMask.isLuhnValid("79927398713"));
        assertFalse(LogMask.isLuhnValid("79927398710"));
    }

    @Test
    void secureCallDataValuesAreMaskedButOtherValuesStay() {
        new CadVariable(new CadDefinition("verificationAnswer", "Verification answer", CadType.TEXT, true, true),
                "Fairweather Lane");
        new CadVariable(new CadDefinition("accountName", "Account", CadType.TEXT, true, false), "Harbour Lights");

        String masked = LogMask.mask("caller answered Fairweather Lane for account Harbour Lights");

        assertEquals("caller answered ****** for account Harbour Lights", masked);
    }

    @Test
    void nullAndEmptyPassThrough() {
        assertEquals(null, LogMask.mask(null));
        assertEquals("", LogMask.mask(""));
    }
}
