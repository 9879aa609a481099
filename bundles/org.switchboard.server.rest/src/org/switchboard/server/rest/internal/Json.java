package org.switchboard.server.rest.internal;

import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.jaxrs.json.JacksonJsonProvider;

/**
 * JSON of the API. Request bodies are read here, strictly (unknown fields, trailing tokens, a value
 * of the wrong JSON type and oversize bodies are refused with 4xx naming the field); answers go out
 * through the Jackson provider.
 */
public final class Json {

    static final int MAX_BODY = 64 * 1024;

    private static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS);

    static {
        // a number or boolean where a string belongs is refused, not turned into its text
        for (CoercionInputShape shape : new CoercionInputShape[] { CoercionInputShape.Integer,
                CoercionInputShape.Float, CoercionInputShape.Boolean }) {
            MAPPER.coercionConfigFor(LogicalType.Textual).setCoercion(shape, CoercionAction.Fail);
        }
        MAPPER.coercionConfigFor(LogicalType.Boolean).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
    }

    private Json() {
    }

    static JacksonJsonProvider provider() {
        return new JacksonJsonProvider(MAPPER);
    }

    public static <T> T read(String body, Class<T> type) {
        if (body == null || body.isBlank()) {
            throw new ApiException(400, "malformed-json", "A JSON body is required.");
        }
        if (body.length() > MAX_BODY) {
            throw new ApiException(413, "too-large", "The body is larger than " + MAX_BODY + " characters.");
        }
        try {
            T value = MAPPER.readValue(body, type);
            if (value == null) {
                throw new ApiException(400, "malformed-json", "A JSON object is required.");
            }
            return value;
        } catch (UnrecognizedPropertyException e) {
            throw new ApiException(400, "invalid", "Unknown field " + path(e) + ".");
        } catch (MismatchedInputException e) {
            throw new ApiException(400, "invalid", (e.getPath().isEmpty() ? "The body" : path(e)) + " must be "
                    + JsonTypes.expected(e.getTargetType()) + ".");
        } catch (JsonProcessingException e) {
            throw new ApiException(400, "malformed-json", e.getOriginalMessage());
        }
    }

    /** The field a refusal is about, as a client names it: {@code params.cad[2].value}. */
    private static String path(MismatchedInputException e) {
        StringBuilder b = new StringBuilder();
        for (JsonMappingException.Reference r : e.getPath()) {
            if (r.getFieldName() != null) {
                b.append(b.isEmpty() ? "" : ".").append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                b.append('[').append(r.getIndex()).append(']');
            }
        }
        return b.toString();
    }

    static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] bytes(Object value) {
        try {
            return MAPPER.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static List<Object> providers() {
        return List.of(provider(), new ErrorMapper());
    }
}
