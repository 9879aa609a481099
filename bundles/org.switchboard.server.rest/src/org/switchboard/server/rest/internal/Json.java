package org.switchboard.server.rest.internal;

import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.jaxrs.json.JacksonJsonProvider;

/**
 * JSON of the API. Request bodies are read here, strictly (unknown fields, trailing tokens and
 * oversize bodies are refused with 4xx); answers go out through the Jackson provider.
 */
public final class Json {

    static final int MAX_BODY = 64 * 1024;

    private static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

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
        } catch (JsonProcessingException e) {
            throw new ApiException(400, "malformed-json", e.getOriginalMessage());
        }
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
