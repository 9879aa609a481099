package org.switchboard.connector.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.switchboard.connector.InteractionInfo;

import com.fasterxml.jackson.databind.JsonNode;

/** The server's interaction JSON read into the SPI: call variables' types and versions, the recording. */
class EventMapperTest {

    private static InteractionInfo read(String json) throws Exception {
        JsonNode node = Json.mapper().readTree(json);
        return EventMapper.interaction(node);
    }

    @Test
    void callVariablesKeepTheirTypeAndVersionAndTheRecordingItsResumeTime() throws Exception {
        InteractionInfo call = read("""
                {"id":"i-1","channel":"VOICE","state":"CONNECTED","allowedActions":["EDIT_CAD"],
                 "recording":"PAUSED","recordingResumesAt":"2025-03-01T10:00:27Z",
                 "cad":[{"name":"orderTotal","label":"Order total","type":"NUMBER","value":"150.00",
                         "editable":true,"secure":false,"version":1},
                        {"name":"callbackAt","label":"Call back at","type":"DATE_TIME","value":"2025-03-02T09:30",
                         "editable":true,"secure":false,"version":0},
                        {"name":"accountNumber","label":"Account number","type":"TEXT","value":"******",
                         "editable":false,"secure":true,"version":0}]}
                """);
        InteractionInfo.CallVariable total = call.callData().get(0);
        assertEquals("NUMBER", total.type());
        assertEquals(1, total.version());
        assertTrue(total.editable());
        assertEquals("DATE_TIME", call.callData().get(1).type());
        assertTrue(call.callData().get(2).secure());
        assertFalse(call.callData().get(2).editable());
        assertEquals("PAUSED", call.recording());
        assertEquals(Instant.parse("2025-03-01T10:00:27Z"), call.recordingResumesAt());
    }

    @Test
    void aServerThatSaysNothingOfTypesVersionsOrRecordingGivesTextAtVersionZero() throws Exception {
        InteractionInfo call = read("""
                {"id":"i-2","channel":"VOICE","state":"CONNECTED",
                 "cad":[{"name":"customerName","value":"Dana","editable":true,"secure":false}]}
                """);
        assertEquals("TEXT", call.callData().get(0).type());
        assertEquals(0, call.callData().get(0).version());
        assertNull(call.recording());
        assertNull(call.recordingResumesAt());
    }
}
