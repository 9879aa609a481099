package org.switchboard.connector;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What a chat carries besides its transcript, as the server last described it: a mobile
 * application's phone number and location, the pictures the customer sent, and the calls to the
 * customer made from the chat.
 *
 * @param phoneNumber the number the agent can call the customer at, or null
 * @param location    where the customer's device was, or null
 * @param pictures    the pictures the server accepted, by index
 * @param multimedia  the chat and its calls once the agent called the customer, or null
 */
public record ChatDetails(String interactionId, String phoneNumber, Location location, List<Picture> pictures,
        Multimedia multimedia) {

    public ChatDetails {
        Objects.requireNonNull(interactionId, "interactionId");
        pictures = List.copyOf(pictures);
    }

    /** @param at when the device reported it, or null */
    public record Location(double latitude, double longitude, double accuracyMeters, Instant at) {
    }

    /**
     * @param line      the index of the transcript line that carries the picture, or -1
     * @param mediaType the type the server found in its content
     */
    public record Picture(int index, int line, String fileName, String mediaType, long sizeBytes, int width,
            int height, String from, Instant at) {
    }

    /**
     * @param calls      the calls made from the chat, oldest first
     * @param activeCall the call in progress, or null: it is released before the chat ends
     */
    public record Multimedia(String chatId, String serviceId, List<String> calls, String activeCall) {
        public Multimedia {
            calls = List.copyOf(calls);
        }
    }
}
