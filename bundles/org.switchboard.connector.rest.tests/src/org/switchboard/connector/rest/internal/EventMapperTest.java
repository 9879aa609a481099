package org.switchboard.connector.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.switchboard.connector.AgentStatus;
import org.switchboard.connector.ConnectorEvent;
import org.switchboard.connector.InteractionInfo;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The server's event JSON read into the SPI: call variables' types and versions, the recording, the
 * participants of a consult, a callback's details, the customer's typing, the agent's display name.
 */
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

    @Test
    void aConsultsParticipantsKeepTheirSeatHoldAndTheAgentsNameDnAndTeam() throws Exception {
        InteractionInfo call = read("""
                {"id":"i-3","channel":"VOICE","state":"CONSULT","allowedActions":["RESUME","END_CONSULT"],
                 "participants":[
                   {"id":"cust-1","kind":"CUSTOMER","role":"CUSTOMER","held":true,"muted":false,
                    "name":null,"dn":null,"team":null},
                   {"id":"a1","kind":"AGENT","role":"AGENT_1","held":false,"muted":false,
                    "name":"Ava Reyes","dn":"1001","team":"Front line"},
                   {"id":"a2","kind":"AGENT","role":"AGENT_2","held":false,"muted":true,
                    "name":"Ben Okafor","dn":"1002","team":"Front line"}]}
                """);
        assertEquals(3, call.participants().size());
        InteractionInfo.Participant customer = call.participant(InteractionInfo.Participant.Role.CUSTOMER).orElseThrow();
        assertEquals(InteractionInfo.Participant.Kind.CUSTOMER, customer.kind());
        assertTrue(customer.held());
        assertNull(customer.name());
        InteractionInfo.Participant consulting = call.participant(InteractionInfo.Participant.Role.AGENT_1).orElseThrow();
        assertEquals("Ava Reyes", consulting.name());
        assertEquals("1001", consulting.dn());
        assertEquals("Front line", consulting.team());
        InteractionInfo.Participant consulted = call.participant(InteractionInfo.Participant.Role.AGENT_2).orElseThrow();
        assertEquals("a2", consulted.id());
        assertTrue(consulted.muted());
        assertFalse(consulted.held());
        assertNull(call.callback());
        assertNull(call.label());
    }

    @Test
    void aCallbackKeepsItsLabelTypeNumbersQueueAndWhetherItMayBeCancelled() throws Exception {
        InteractionInfo call = read("""
                {"id":"i-4","channel":"VOICE","state":"RINGING_CUSTOMER","allowedActions":["CANCEL"],
                 "callerNumber":"+12015550177","label":"Callback",
                 "callback":{"type":"WEB","number":"+12015550177","dnis":"+18005550100","queueName":"Sales",
                             "state":"RINGING_CUSTOMER","cancelAllowed":true}}
                """);
        assertEquals("Callback", call.label());
        InteractionInfo.CallbackDetails callback = call.callback();
        assertEquals(InteractionInfo.CallbackDetails.WEB, callback.type());
        assertEquals("+12015550177", callback.number());
        assertEquals("+18005550100", callback.dnis());
        assertEquals("Sales", callback.queueName());
        assertEquals(InteractionInfo.CallbackDetails.RINGING_CUSTOMER, callback.state());
        assertTrue(callback.cancelAllowed());
        assertTrue(call.participants().isEmpty(), "a server that lists nobody gives no participants");
    }

    @Test
    void aParticipantWithoutIdOrWithAnUnknownSeatIsMalformed() {
        Executable noId = () -> read("""
                {"id":"i-5","channel":"VOICE","state":"CONNECTED",
                 "participants":[{"kind":"AGENT","role":"AGENT_1"}]}
                """);
        assertEquals("missing id", assertThrows(MalformedEventException.class, noId).getMessage());
        Executable badRole = () -> read("""
                {"id":"i-5","channel":"VOICE","state":"CONNECTED",
                 "participants":[{"id":"a9","kind":"AGENT","role":"SUPERVISOR"}]}
                """);
        assertEquals("unknown participant role SUPERVISOR",
                assertThrows(MalformedEventException.class, badRole).getMessage());
    }

    @Test
    void theCustomersTypingBecomesAnEventOfItsChat() throws Exception {
        Desk desk = new Desk("a1");
        List<ConnectorEvent> events = desk.apply("customer-typing", Json.mapper().readTree("""
                {"interactionId":"i-7","typing":true,"at":"2025-03-01T10:00:05Z"}
                """));
        assertEquals(List.of(new ConnectorEvent.CustomerTyping("i-7", true, Instant.parse("2025-03-01T10:00:05Z"))),
                events);
        ConnectorEvent.CustomerTyping stopped = EventMapper.typing(Json.mapper().readTree("""
                {"interactionId":"i-7","typing":false}
                """));
        assertFalse(stopped.typing());
        assertNull(stopped.at());
    }

    @Test
    void typingWithoutItsChatOrAsTextIsMalformed() throws Exception {
        assertThrows(MalformedEventException.class, () -> EventMapper.typing(Json.mapper().readTree("""
                {"typing":true}
                """)));
        assertThrows(MalformedEventException.class, () -> EventMapper.typing(Json.mapper().readTree("""
                {"interactionId":"i-7","typing":"yes"}
                """)));
        assertThrows(MalformedEventException.class, () -> EventMapper.typing(Json.mapper().readTree("""
                {"interactionId":"i-7","typing":true,"at":"soon"}
                """)));
    }

    @Test
    void theAgentsDisplayNameIsReadAndItsIdStandsInWhenTheServerGivesNone() throws Exception {
        AgentStatus named = EventMapper.agent(Json.mapper().readTree("""
                {"id":"a1","name":"Ava Reyes","state":"READY","allowedActions":[]}
                """));
        assertEquals("Ava Reyes", named.displayName());
        assertEquals("Ava Reyes", named.name());
        AgentStatus unnamed = EventMapper.agent(Json.mapper().readTree("""
                {"id":"a1","state":"READY","name":"  "}
                """));
        assertNull(unnamed.displayName());
        assertEquals("a1", unnamed.name());
    }
}
