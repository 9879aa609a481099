package org.switchboard.logging;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.switchboard.core.cad.CadDefinition;
import org.switchboard.core.cad.CadType;
import org.switchboard.core.cad.CadVariable;

class LogMaskTest {

    @Test
    void cardNumbersAndSecureValuesInOneLineAreBothMasked() {
        new CadVariable(new CadDefinition("securityWord", "Security word", CadType.TEXT, true, true), "Bramblewood");

        assertEquals("paid with ************1111 after ****** was confirmed",
                LogMask.mask("paid with 4111111111111111 after Bramblewood was confirmed"));
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
