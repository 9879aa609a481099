package org.switchboard.server.rest.tests;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Checks a JSON answer against a schema of the OpenAPI document as a generated client reads it:
 * types, required properties, nullability, enums, array items and {@code $ref}s. Returns what does
 * not fit, each with its path.
 */
final class SchemaCheck {

    private final JsonNode document;
    private final List<String> problems = new ArrayList<>();

    private SchemaCheck(JsonNode document) {
        this.document = document;
    }

    static List<String> problems(JsonNode document, JsonNode schema, JsonNode value) {
        SchemaCheck check = new SchemaCheck(document);
        check.check("$", schema, value);
        return check.problems;
    }

    /** The component schema a {@code $ref} names, or the schema itself. */
    JsonNode resolve(JsonNode schema) {
        JsonNode s = schema;
        while (s.has("$ref")) {
            String ref = s.path("$ref").asText();
            JsonNode target = document.at(ref.substring(1));
            if (target.isMissingNode()) {
                problems.add("unresolved " + ref);
                return target;
            }
            s = target;
        }
        return s;
    }

    private void check(String path, JsonNode schema, JsonNode value) {
        JsonNode s = resolve(schema);
        if (s.isMissingNode()) {
            return;
        }
        if (s.has("allOf")) {
            s.path("allOf").forEach(part -> check(path, part, value));
            return;
        }
        if (value == null || value.isNull()) {
            if (!s.path("nullable").asBoolean(false)) {
                problems.add(path + ": null where the schema does not allow it");
            }
            return;
        }
        String type = s.path("type").asText("");
        boolean fits = switch (type) {
            case "object" -> value.isObject();
            case "array" -> value.isArray();
            case "string" -> value.isTextual();
            case "integer" -> value.isIntegralNumber();
            case "number" -> value.isNumber();
            case "boolean" -> value.isBoolean();
            default -> true;
        };
        if (!fits) {
            problems.add(path + ": " + value.getNodeType() + " where the schema says " + type);
            return;
        }
        if (s.has("enum") && value.isTextual()) {
            boolean listed = false;
            for (JsonNode e : s.path("enum")) {
                listed |= e.asText().equals(value.asText());
            }
            if (!listed) {
                problems.add(path + ": " + value.asText() + " is not in the schema's enum");
            }
        }
        if (value.isObject()) {
            s.path("required").forEach(r -> {
                if (!value.has(r.asText())) {
                    problems.add(path + ": required " + r.asText() + " is missing");
                }
            });
            s.path("properties").fields().forEachRemaining(p -> {
                if (value.has(p.getKey())) {
                    check(path + "." + p.getKey(), p.getValue(), value.get(p.getKey()));
                }
            });
        }
        if (value.isArray() && s.has("items")) {
            for (int i = 0; i < value.size(); i++) {
                check(path + "[" + i + "]", s.path("items"), value.get(i));
            }
        }
    }
}
