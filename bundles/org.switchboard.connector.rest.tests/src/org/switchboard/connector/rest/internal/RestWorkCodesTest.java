package org.switchboard.connector.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.switchboard.core.agent.ReasonCode;
import org.switchboard.core.wrapup.Disposition;
import org.switchboard.core.wrapup.WrapUpCatalog;

import com.fasterxml.jackson.databind.JsonNode;

/** The reason codes and dispositions the desktop offers are those the server's configuration sent. */
class RestWorkCodesTest {

    private static JsonNode json(String text) throws Exception {
        return Json.mapper().readTree(text);
    }

    @Test
    void reasonCodesAndDispositionsFromTheServersConfiguration() throws Exception {
        RestWorkCodes codes = new RestWorkCodes();
        assertEquals(List.of("Break", "Lunch", "Meeting"),
                codes.notReadyReasons().stream().map(ReasonCode::label).toList(), "the defaults until read");
        assertEquals(WrapUpCatalog.defaults(), codes.wrapUpCatalog());

        codes.read(json("""
                {"notReadyReasons":[{"code":"coaching","label":"Coaching"},{"code":"break","label":"Pause"}],
                 "dispositions":[{"code":"sale","label":"Sale made"}],"maxNotesLength":500}"""));
        assertEquals(List.of(new ReasonCode("coaching", "Coaching"), new ReasonCode("break", "Pause")),
                codes.notReadyReasons(), "in the server's order");
        assertEquals(new WrapUpCatalog(Set.of(new Disposition("sale", "Sale made")), 500), codes.wrapUpCatalog());
    }

    @Test
    void aConfigurationWithoutDispositionsIsRefusedAndChangesNothing() throws Exception {
        RestWorkCodes codes = new RestWorkCodes();
        assertThrows(IllegalArgumentException.class, () -> codes.read(json("""
                {"notReadyReasons":[{"code":"coaching","label":"Coaching"}],"dispositions":[]}""")));
        assertEquals(WrapUpCatalog.defaults(), codes.wrapUpCatalog());
        assertEquals(3, codes.notReadyReasons().size());
    }
}
