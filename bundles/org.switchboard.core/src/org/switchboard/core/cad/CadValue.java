package org.switchboard.core.cad;

import java.util.Objects;

/**
 * A variable's value that knows whether it is secure. {@link #toString()} and {@link #display()}
 * never reveal a secure value; only {@link #reveal()} does, for the explicit "show" request.
 */
public final class CadValue {

    /** What a secure value looks like on screen; the same length whatever the value. */
    public static final String MASK = "******";

    private final String text;
    private final boolean secure;

    CadValue(String text, boolean secure) {
        this.text = text == null ? "" : text;
        this.secure = secure;
        if (secure) {
            SecureValues.remember(this.text);
        }
    }

    public boolean isSecure() {
        return secure;
    }

    public boolean isEmpty() {
        return text.isEmpty();
    }

    /** The value as every display shows it: masked if secure. */
    public String display() {
        return secure && !text.isEmpty() ? MASK : text;
    }

    /** The masked form, whether or not the variable is secure. */
    public String masked() {
        return text.isEmpty() ? "" : MASK;
    }

    /** The clear value, for an explicit reveal or for sending to the server. */
    public String reveal() {
        return text;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CadValue v && v.secure == secure && v.text.equals(text);
    }

    @Override
    public int hashCode() {
        return Objects.hash(text, secure);
    }

    @Override
    public String toString() {
        return display();
    }
}
