package org.switchboard.server.rest.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import javax.ws.rs.HttpMethod;
import javax.ws.rs.Path;

import org.junit.jupiter.api.Test;
import org.switchboard.core.chat.ChatAction;
import org.switchboard.core.voice.CallAction;

import com.fasterxml.jackson.databind.JsonNode;
import org.switchboard.testing.Http;

/** The OpenAPI document is served without a token and names every path and method the server serves. */
class OpenApiTest extends HttpScenario {

    /** "METHOD /path" of every resource method, path parameters as the document writes them ({name}). */
    private List<String> servedOperations() {
        List<String> ops = new ArrayList<>();
        for (Class<?> resource : server.resourceClasses()) {
            addOperations(resource, resource.getAnnotation(Path.class).value(), ops);
        }
        server.mountedResourceClasses().forEach((segment, resource) -> addOperations(resource, segment, ops));
        return ops;
    }

    private static void addOperations(Class<?> resource, String base, List<String> ops) {
        for (Method m : resource.getMethods()) {
            String verb = null;
            for (Annotation a : m.getAnnotations()) {
                HttpMethod http = a.annotationType().getAnnotation(HttpMethod.class);
                if (http != null) {
                    verb = http.value();
                }
            }
            if (verb == null) {
                continue;
            }
            Path sub = m.getAnnotation(Path.class);
            String path = ("/" + base + "/" + (sub == null ? "" : sub.value())).replaceAll("/+", "/");
            if (path.length() > 1 && path.endsWith("/")) {
                path = path.substring(0, path.length() - 1);
            }
            ops.add(verb + " " + path);
        }
    }

    @Test
    void everyServedPathAndMethodIsInTheDocument() {
        start();
        Http.Reply r = http.get("openapi.json", null);
        assertEquals(200, r.status(), r.raw());
        JsonNode doc = r.body();
        assertTrue(doc.path("openapi").asText().startsWith("3."), r.raw());
        JsonNode paths = doc.path("paths");

        List<String> served = servedOperations();
        assertTrue(served.size() >= 18, "the walk found the resources: " + served);
        assertTrue(served.contains("POST /interactions/{id}/actions"), served.toString());
        List<String> missing = new ArrayList<>();
        for (String op : served) {
            String[] parts = op.split(" ", 2);
            if (paths.path(parts[1]).path(parts[0].toLowerCase(Locale.ROOT)).isMissingNode()) {
                missing.add(op);
            }
        }
        assertEquals(List.of(), missing, "served but not in the OpenAPI document");

        List<String> documented = new ArrayList<>();
        paths.fieldNames().forEachRemaining(path -> paths.path(path).fieldNames()
                .forEachRemaining(verb -> documented.add(verb.toUpperCase(Locale.ROOT) + " " + path)));
        documented.removeAll(served);
        assertEquals(List.of(), documented, "documented but not served");
        for (JsonNode path : paths) {
            for (JsonNode operation : path) {
                assertFalse(operation.path("summary").asText().isBlank(), operation.toString());
                assertFalse(operation.path("responses").isEmpty(), operation.toString());
            }
        }
    }

    @Test
    void everyOperationHasAnIdTagsADescriptionItsErrorsAndASchemaForEachAnswer() {
        start();
        JsonNode doc = http.get("openapi.json", null).body();
        Set<String> tags = new HashSet<>();
        doc.path("tags").forEach(t -> tags.add(t.path("name").asText()));
        Set<String> operationIds = new HashSet<>();
        List<String> problems = new ArrayList<>();
        doc.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(m -> {
            String op = m.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey();
            JsonNode o = m.getValue();
            if (o.path("operationId").asText().isBlank() || !operationIds.add(o.path("operationId").asText())) {
                problems.add(op + ": no operationId, or one used twice");
            }
            if (o.path("tags").isEmpty() || !tags.contains(o.path("tags").get(0).asText())) {
                problems.add(op + ": no declared tag");
            }
            if (o.path("description").asText().isBlank()) {
                problems.add(op + ": no description");
            }
            List<String> errors = new ArrayList<>(List.of("400", "404", "503"));
            if (o.has("requestBody")) {
                errors.addAll(List.of("413", "415"));
            }
            if (!path.getKey().equals("/openapi.json")) {
                errors.add("401");
            }
            errors.stream().filter(e -> !o.path("responses").has(e)).forEach(e -> problems.add(op + ": no " + e));
            o.path("responses").fields().forEachRemaining(r -> {
                if (r.getKey().startsWith("2") && !r.getKey().equals("204") && r.getValue().path("content").isEmpty()) {
                    problems.add(op + ": answer " + r.getKey() + " has no schema");
                }
            });
        }));
        assertEquals(List.of(), problems);

        assertTrue(doc.at("/paths/~1events/get/responses/200/content").has("text/event-stream"));
        assertTrue(doc.at("/paths/~1sim~1interactions~1{id}~1pictures/post/requestBody/content").has("image/png"));
        Set<String> actions = new HashSet<>();
        doc.at("/components/schemas/ActionName/enum").forEach(a -> actions.add(a.asText()));
        Set<String> served = new HashSet<>(List.of("CALL_CUSTOMER", "CANCEL"));
        Arrays.stream(CallAction.values()).map(Enum::name).forEach(served::add);
        Arrays.stream(ChatAction.values()).map(Enum::name).forEach(served::add);
        assertEquals(served, actions, "the action names the server takes");
        assertEquals("#/components/schemas/ActionName",
                doc.at("/components/schemas/Action/properties/action/$ref").asText());
    }

    @Test
    void everyAnswerFitsItsSchemaAsAGeneratedClientReadsIt() {
        start();
        JsonNode doc = http.get("openapi.json", null).body();
        Http.Reply login = http.post("sessions", null, Map.of("agentId", "a1", "password", "a1-demo"));
        fits(doc, "/sessions", "post", "200", login);
        String a1 = login.text("token");
        ready("a1", a1);
        SseReader events = stream(a1);
        String call = injectCall("sales");
        events.await("interaction", v -> offered(v, call));
        fits(doc, "/interactions/{id}/actions", "post", "202", act(a1, call, "ANSWER", "r1", null));
        events.outcome("r1");
        fits(doc, "/agents/{id}", "get", "200", http.get("agents/a1", a1));
        fits(doc, "/agents/{id}/interactions", "get", "200", http.get("agents/a1/interactions", a1));
        fits(doc, "/interactions/{id}", "get", "200", http.get("interactions/" + call, a1));
        fits(doc, "/queues", "get", "200", http.get("queues", a1));
        fits(doc, "/directory", "get", "200", http.get("directory", a1));
        fits(doc, "/system", "get", "200", http.get("system", a1));
        fits(doc, "/events/tickets", "post", "201", http.post("events/tickets", a1, Map.of()));
        fits(doc, "/sim/chats", "post", "201", http.post("sim/chats", sim(), Map.of("queueId", "chat-support")));
        String a2 = loginReady("a2");
        fits(doc, "/calls", "post", "201", http.post("calls", a2, Map.of("kind", "NUMBER", "to", "+12015550188")));
        fits(doc, "/agents/{id}/state", "put", "400", http.put("agents/a1/state", a1, Map.of("state", "NAP")));
        fits(doc, "/sessions/current", "delete", "200", http.delete("sessions/current", a2));
        Http.Reply scheduled = http.post("calendar/follow-ups", a1, Map.of("kind", "CALL_BACK", "due",
                "2025-03-02T10:30", "zone", "Europe/Berlin", "contactNumber", "+12015550188"));
        fits(doc, "/calendar/follow-ups", "post", "201", scheduled);
        fits(doc, "/calendar/follow-ups", "get", "200", http.get("calendar/follow-ups", a1));
        fits(doc, "/calendar/follow-ups/{id}", "get", "200", http.get("calendar/follow-ups/" + scheduled.text("id"), a1));
        fits(doc, "/calendar/follow-ups/{id}/done", "post", "200",
                http.post("calendar/follow-ups/" + scheduled.text("id") + "/done", a1, Map.of()));

        String article = knowledge.publishAll(List.of(new org.switchboard.server.knowledge.ArticleDraft("Refund times",
                "Card refunds take **3 to 5** days.", List.of("returns"), "en", List.of("support"))), "author").get(0);
        fits(doc, "/knowledge/search", "get", "200", http.get("knowledge/search?q=refnud", a1));
        fits(doc, "/knowledge/search", "get", "400", http.get("knowledge/search?q=refund%20AND", a1));
        fits(doc, "/knowledge/suggestions", "get", "200", http.get("knowledge/suggestions?q=ref", a1));
        fits(doc, "/knowledge/articles/{id}", "get", "200", http.get("knowledge/articles/" + article, a1));
        fits(doc, "/knowledge/articles/{id}/versions", "get", "200",
                http.get("knowledge/articles/" + article + "/versions", a1));
        Http.Reply proposed = http.post("knowledge/proposals", a1, Map.of("title", "Gift wrapping", "body", "We wrap."));
        fits(doc, "/knowledge/proposals", "post", "201", proposed);
        fits(doc, "/knowledge/proposals", "get", "200", http.get("knowledge/proposals", a1));
        fits(doc, "/knowledge/proposals/{id}/publish", "post", "200",
                http.post("knowledge/proposals/" + proposed.text("id") + "/publish", staff("km"), Map.of()));
        String s1 = staff("s1");
        fits(doc, "/team/members", "get", "200", http.get("team/members", s1));
        Http.Reply raised = http.post("team/help-requests", a1, Map.of("interactionId", call, "note", "help"));
        fits(doc, "/team/help-requests", "post", "201", raised);
        fits(doc, "/team/help-requests", "get", "200", http.get("team/help-requests", s1));
        fits(doc, "/team/help-requests/{id}/take", "post", "200",
                http.post("team/help-requests/" + raised.text("id") + "/take", s1, Map.of()));
        fits(doc, "/team/help-requests/{id}/close", "post", "200",
                http.post("team/help-requests/" + raised.text("id") + "/close", s1, Map.of()));
        fits(doc, "/team/review-flags", "post", "201",
                http.post("team/review-flags", a1, Map.of("interactionId", call, "note", "review")));
        fits(doc, "/team/calls/{id}/supervision", "put", "200",
                http.put("team/calls/" + call + "/supervision", s1, Map.of("mode", "BARGE")));
        fits(doc, "/interactions/{id}", "get", "200", http.get("interactions/" + call, a1));

        List<String> misfit = SchemaCheck.problems(doc, doc.at("/components/schemas/AgentView"),
                Http.JSON.valueToTree(Map.of("id", 1, "availability", "AWAY")));
        assertTrue(misfit.containsAll(List.of("$: required name is missing", "$.id: NUMBER where the schema says string",
                "$.availability: AWAY is not in the schema's enum")), "the check finds what does not fit: " + misfit);
    }

    private static void fits(JsonNode doc, String path, String method, String status, Http.Reply answer) {
        assertEquals(Integer.parseInt(status), answer.status(), answer.raw());
        JsonNode response = doc.path("paths").path(path).path(method).path("responses").path(status);
        if (response.has("$ref")) {
            response = doc.at(response.path("$ref").asText().substring(1));
        }
        JsonNode schema = response.path("content").path("application/json").path("schema");
        assertFalse(schema.isMissingNode(), method + " " + path + " " + status + " has no JSON schema");
        assertEquals(List.of(), SchemaCheck.problems(doc, schema, answer.body()), method + " " + path + ": " + answer.raw());
    }
}
