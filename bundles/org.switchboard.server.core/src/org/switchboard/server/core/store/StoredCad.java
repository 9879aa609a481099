package org.switchboard.server.core.store;

/** A call variable's value; a secure one is never part of the text of this record. */
public record StoredCad(String name, String value, boolean secure) {

    @Override
    public String toString() {
        return "StoredCad[" + name + "=" + (secure ? "******" : value) + "]";
    }
}
