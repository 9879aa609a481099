package org.switchboard.core.cad;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/** The type of a call-associated data variable; values are kept as text in a canonical form. */
public enum CadType {
    TEXT,
    /** A decimal number, e.g. {@code 42} or {@code -3.5}. */
    NUMBER,
    /** {@code true} or {@code false}. */
    BOOLEAN,
    /** ISO 8601 date-time, with or without offset: {@code 2025-03-01T14:30:00Z}, {@code 2025-03-01T14:30}. */
    DATE_TIME;

    /** Whether {@code text} is a value of this type. */
    public boolean accepts(String text) {
        return switch (this) {
            case TEXT -> true;
            case NUMBER -> isNumber(text);
            case BOOLEAN -> "true".equals(text) || "false".equals(text);
            case DATE_TIME -> isDateTime(text);
        };
    }

    private static boolean isNumber(String text) {
        try {
            new BigDecimal(text);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static boolean isDateTime(String text) {
        try {
            OffsetDateTime.parse(text);
            return true;
        } catch (DateTimeParseException e) {
            try {
                LocalDateTime.parse(text);
                return true;
            } catch (DateTimeParseException e2) {
                return false;
            }
        }
    }
}
