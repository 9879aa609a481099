package org.switchboard.core;

/** The media an interaction travels on. Capacity and offer ordering are per channel. */
public enum Channel {
    VOICE, CHAT, EMAIL, SOCIAL
}
