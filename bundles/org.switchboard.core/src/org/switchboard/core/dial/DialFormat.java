package org.switchboard.core.dial;

/** The number formats the desktop recognises in a dial string. */
public enum DialFormat {
    /** {@code +1}, a three-digit area code (2-9 first) and a seven-digit number, e.g. +12015532447. */
    US,
    /** {@code +}, country code and number, at most 15 digits, e.g. +11234567890. */
    E164,
    /** International direct dialling from the US: {@code 011}, country code and number, e.g. 01161123456789. */
    IDD,
    /** Any other valid dial string: extensions, feature codes, local numbers. */
    OTHER
}
