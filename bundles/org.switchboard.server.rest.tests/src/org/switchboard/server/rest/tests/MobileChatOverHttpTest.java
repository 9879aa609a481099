package org.switchboard.server.rest.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.switchboard.server.core.ServerConfig;

import com.fasterxml.jackson.databind.JsonNode;
import org.switchboard.testing.Http;

/**
 * The mobile chat and multimedia rules over HTTP: phone number and location, pictures checked by
 * content and size before anything decodes them, calls to the customer from the chat.
 */
class MobileChatOverHttpTest extends HttpScenario {

    private static final String PHONE = "+12015550188";

    /** A PNG signature and header chunk declaring {@code width} x {@code height}, then some bytes. */
    static byte[] png(int width, int height) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});
        out.writeBytes(ByteBuffer.allocate(8).putInt(13).put("IHDR".getBytes(StandardCharsets.US_ASCII)).array());
        out.writeBytes(ByteBuffer.allocate(13).putInt(width).putInt(height).put((byte) 8).put((byte) 2).array());
        out.writeBytes(new byte[] {0x12, 0x34, 0x56, 0x78});
        out.writeBytes("IDAT-accident-scene".getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }

    private String mobileChat() {
        return inject("chats", Map.of("queueId", "chat-support", "callerName", "Ines Duarte", "phoneNumber",
                PHONE, "location", Map.of("latitude", 38.7223, "longitude", -9.1393, "accuracyMeters", 12.5, "at",
                        "2025-03-01T10:00:00Z")));
    }

    private String acceptedMobileChat(String a2, SseReader events) {
        String chat = mobileChat();
        events.await("interaction", v -> offered(v, chat));
        completes(events, a2, chat, "ACCEPT", "k-accept", null);
        return chat;
    }

    private Http.Reply picture(String token, String chat, String type, byte[] bytes) {
        return http.postBytes("sim/interactions/" + chat + "/pictures?name=accident.png", token, type, bytes);
    }

    @Test
    void aMobileChatWithAPicturePlusACallToTheCustomer() {
        start();
        String a2 = loginReady("a2");
        SseReader events = stream(a2);
        String chat = mobileChat();
        JsonNode offer = events.await("interaction", v -> offered(v, chat)).data();
        assertEquals(PHONE, offer.path("mobile").path("phoneNumber").asText());
        assertEquals(38.7223, offer.path("mobile").path("location").path("latitude").asDouble());
        assertEquals(-9.1393, offer.path("mobile").path("location").path("longitude").asDouble());
        assertEquals(12.5, offer.path("mobile").path("location").path("accuracyMeters").asDouble());
        assertEquals("2025-03-01T10:00:00Z", offer.path("mobile").path("location").path("at").asText());
        completes(events, a2, chat, "ACCEPT", "k1", null);

        byte[] photo = png(1024, 768);
        assertEquals(204, picture(sim(), chat, "image/png", photo).status());
        JsonNode view = events.await("interaction", v -> is(v, chat) && v.path("attachments").size() == 1).data();
        JsonNode att = view.path("attachments").get(0);
        assertEquals("image/png", att.path("mediaType").asText());
        assertEquals(photo.length, att.path("sizeBytes").asLong());
        assertEquals(1024, att.path("width").asInt());
        assertEquals(0, view.path("transcript").get(0).path("attachment").asInt(), "the picture is in the chat");
        HttpResponse<byte[]> fetched = http.getBytes("interactions/" + chat + "/attachments/0", a2);
        assertEquals(200, fetched.statusCode());
        assertEquals("image/png", fetched.headers().firstValue("Content-Type").orElse(""));
        assertEquals("nosniff", fetched.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertArrayEquals(photo, fetched.body());
        assertEquals(404, http.getBytes("interactions/" + chat + "/attachments/1", a2).statusCode());

        assertTrue(view(a2, chat).path("allowedActions").toString().contains("CALL_CUSTOMER"));
        completes(events, a2, chat, "CALL_CUSTOMER", "k2", null);
        JsonNode mm = view(a2, chat).path("multimedia");
        String call = mm.path("activeCall").asText();
        assertEquals("chat-support", mm.path("serviceId").asText(), "the call belongs to the chat's service");
        JsonNode callView = view(a2, call);
        assertEquals("VOICE", callView.path("channel").asText());
        assertEquals("CONNECTED", callView.path("state").asText());
        assertEquals("chat-support", callView.path("queueId").asText());
        assertEquals(chat, callView.path("multimedia").path("chatId").asText());
        assertEquals(PHONE, callView.path("callerNumber").asText(), "dialled at the mobile application's number");
        refused(events, a2, chat, "CALL_CUSTOMER", "k3", null, "CALL_ALREADY_ACTIVE");

        refused(events, a2, chat, "END", "k4", null, "RELEASE_CALL_BEFORE_CHAT");
        assertEquals("ACTIVE", view(a2, chat).path("state").asText(), "the chat goes on");
        completes(events, a2, chat, "SEND", "k5", Map.of("text", "I see the picture; calling you now."));

        completes(events, a2, call, "RELEASE", "k6", null);
        assertEquals(404, http.get("interactions/" + call, a2).status(), "the call is over and gone");
        JsonNode agent = http.get("agents/a2", a2).body();
        assertEquals(0, agent.path("wrapUps").size(), "the chat's wrap-up covers its calls: " + agent);
        assertEquals("[\"" + chat + "\"]", agent.path("interactions").toString());
        completes(events, a2, chat, "CALL_CUSTOMER", "k7", null);
        JsonNode again = view(a2, chat).path("multimedia");
        assertEquals(2, again.path("calls").size(), "repeated calls while the chat is active");
        String second = again.path("activeCall").asText();
        assertFalse(second.equals(call));
        assertEquals(204, http.post("sim/interactions/" + second + "/hangup", sim(), Map.of()).status());
        assertTrue(view(a2, chat).path("multimedia").path("activeCall").isNull());

        completes(events, a2, chat, "END", "k8", null);
        completes(events, a2, chat, "WRAP_UP", "k9", Map.of("disposition", "resolved"));
        assertEquals("READY", http.get("agents/a2", a2).text("state"));
    }

    @Test
    void bombsMislabelledNonPicturesAndOversizeFilesAreRefusedAndTheAgentIsTold() {
        start();
        String a2 = loginReady("a2");
        SseReader events = stream(a2);
        String chat = acceptedMobileChat(a2, events);

        Http.Reply bomb = picture(sim(), chat, "image/png", png(100_000, 100_000));
        assertEquals(400, bomb.status(), bomb.raw());
        assertEquals("ATTACHMENT_TOO_MANY_PIXELS", bomb.text("rule"));
        JsonNode notice = events.await("notice").data();
        assertEquals("ATTACHMENT_TOO_MANY_PIXELS", notice.path("rule").asText());
        assertTrue(notice.path("message").asText().contains("refused"), notice.toString());

        Http.Reply mislabelled = picture(sim(), chat, "image/jpeg", png(10, 10));
        assertEquals(400, mislabelled.status());
        assertEquals("ATTACHMENT_MISLABELLED", mislabelled.text("rule"));
        assertEquals("ATTACHMENT_MISLABELLED", events.await("notice").data().path("rule").asText());
        assertTrue(mislabelled.text("message").contains("image/png"), mislabelled.raw());

        Http.Reply pdf = picture(sim(), chat, "image/png", "%PDF-1.7\n1 0 obj".getBytes(StandardCharsets.US_ASCII));
        assertEquals(400, pdf.status());
        assertEquals("ATTACHMENT_TYPE_NOT_ALLOWED", pdf.text("rule"));
        assertEquals("ATTACHMENT_TYPE_NOT_ALLOWED", events.await("notice").data().path("rule").asText());

        byte[] huge = new byte[10 * 1024 * 1024 + 10];
        System.arraycopy(png(10, 10), 0, huge, 0, 33);
        Http.Reply tooLarge = picture(sim(), chat, "image/png", huge);
        assertEquals(413, tooLarge.status());
        assertEquals("ATTACHMENT_TOO_LARGE", tooLarge.text("rule"));
        assertEquals("ATTACHMENT_TOO_LARGE", events.await("notice").data().path("rule").asText());

        assertEquals(0, view(a2, chat).path("attachments").size(), "nothing refused was kept");
        assertEquals(204, picture(sim(), chat, "image/png", png(640, 480)).status(), "a real picture still arrives");
    }

    @Test
    void aChatWithoutAPhoneNumberCannotCallAndBadMobileDataIsRefused() {
        start();
        String a2 = loginReady("a2");
        SseReader events = stream(a2);
        String chat = inject("chats", Map.of("queueId", "chat-support", "location",
                Map.of("latitude", 1.0, "longitude", 2.0, "accuracyMeters", 5.0)));
        events.await("interaction", v -> offered(v, chat));
        completes(events, a2, chat, "ACCEPT", "k1", null);
        assertFalse(view(a2, chat).path("allowedActions").toString().contains("CALL_CUSTOMER"));
        refused(events, a2, chat, "CALL_CUSTOMER", "k2", null, "NO_CUSTOMER_PHONE_NUMBER");

        Http.Reply badPlace = http.post("sim/chats", sim(), Map.of("queueId", "chat-support", "location",
                Map.of("latitude", 91.0, "longitude", 2.0, "accuracyMeters", 5.0)));
        assertEquals(400, badPlace.status());
        assertEquals("INVALID_LOCATION", badPlace.text("rule"));
        Http.Reply badNumber = http.post("sim/chats", sim(), Map.of("queueId", "chat-support", "phoneNumber", "12"));
        assertEquals(400, badNumber.status());
        assertEquals("INVALID_DIAL_NUMBER", badNumber.text("rule"));
        assertEquals(0, http.get("queues", a2).body().get(2).path("waiting").asInt(), "no chat was injected");
    }

    private Http.Reply typing(String token, String chat, Object typing) {
        return http.post("sim/interactions/" + chat + "/typing", token, Map.of("typing", typing));
    }

    @Test
    void theCustomersTypingIsToldToTheAgentChattingWithThemOnly() {
        start();
        String a2 = loginReady("a2");
        SseReader events = stream(a2);
        String chat = inject("chats", Map.of("queueId", "chat-support", "callerName", "Ines Duarte"));
        events.await("interaction", v -> offered(v, chat));
        assertEquals(204, typing(sim(), chat, false).status(), "nobody chats with the customer yet: nobody is told");
        completes(events, a2, chat, "ACCEPT", "k1", null);

        assertEquals(204, typing(sim(), chat, true).status());
        JsonNode started = events.await("customer-typing").data();
        assertEquals(chat, started.path("interactionId").asText());
        assertTrue(started.path("typing").asBoolean(), "the first event the agent gets is the one after accepting");
        assertFalse(started.path("at").asText().isEmpty(), started.toString());
        assertEquals(204, typing(sim(), chat, false).status());
        assertFalse(events.await("customer-typing").data().path("typing").asBoolean());

        assertEquals(400, typing(sim(), chat, "maybe").status());
        assertEquals(400, http.post("sim/interactions/" + chat + "/typing", sim(), Map.of()).status());
        assertEquals(404, typing(sim(), "i-999", true).status());
        assertEquals(401, typing(null, chat, true).status());
    }

    @Test
    void aServiceSetToCallOnAcceptDialsTheMobileCustomerWhenTheChatIsAccepted() {
        start(ServerConfig.demo().withOfferTimeout(OFFER_TIMEOUT).withCallOnAccept("chat-support"));
        String a2 = loginReady("a2");
        SseReader events = stream(a2);
        String chat = acceptedMobileChat(a2, events);
        JsonNode mm = events.seenOrAwait("interaction", v -> is(v, chat) && v.path("multimedia").isObject()).data()
                .path("multimedia");
        String call = mm.path("activeCall").asText();
        assertEquals("chat-support", mm.path("serviceId").asText());
        JsonNode callView = events.seenOrAwait("interaction", v -> is(v, call)).data();
        assertEquals(chat, callView.path("multimedia").path("chatId").asText(), "the call goes with the chat");
        assertEquals(PHONE, view(a2, call).path("callerNumber").asText());
        assertEquals("CONNECTED", view(a2, call).path("state").asText());
        refused(events, a2, chat, "END", "k2", null, "RELEASE_CALL_BEFORE_CHAT");
        completes(events, a2, call, "RELEASE", "k3", null);
        completes(events, a2, chat, "END", "k4", null);
        completes(events, a2, chat, "WRAP_UP", "k5", Map.of("disposition", "resolved"));

        String web = inject("chats", Map.of("queueId", "chat-support", "callerName", "Lena Park"));
        events.await("interaction", v -> offered(v, web));
        completes(events, a2, web, "ACCEPT", "k6", null);
        assertTrue(view(a2, web).path("multimedia").isNull() || view(a2, web).path("multimedia").isMissingNode(),
                "a chat without a phone number has nobody to call");
    }

    @Test
    void withoutTheSettingAcceptingAMobileChatCallsNobody() {
        start();
        String a2 = loginReady("a2");
        SseReader events = stream(a2);
        String chat = acceptedMobileChat(a2, events);
        assertTrue(view(a2, chat).path("multimedia").isNull() || view(a2, chat).path("multimedia").isMissingNode());
        assertEquals("[\"" + chat + "\"]", http.get("agents/a2", a2).body().path("interactions").toString());
    }

    @Test
    void onlyChatQueuesCanCallOnAccept() {
        assertThrows(IllegalArgumentException.class, () -> ServerConfig.demo().withCallOnAccept("sales"));
        assertThrows(IllegalArgumentException.class, () -> ServerConfig.demo().withCallOnAccept("nowhere"));
        assertTrue(ServerConfig.demo().withCallOnAccept(" chat-support, ").queueFor("chat-support").orElseThrow()
                .callOnAccept());
        assertFalse(ServerConfig.demo().withCallOnAccept("").queueFor("chat-support").orElseThrow().callOnAccept());
    }
}
