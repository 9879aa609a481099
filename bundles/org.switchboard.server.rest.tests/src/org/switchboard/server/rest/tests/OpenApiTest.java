package org.switchboard.server.rest.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.ws.rs.HttpMethod;
import javax.ws.rs.Path;

import org.junit.jupiter.api.Test;

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
}
