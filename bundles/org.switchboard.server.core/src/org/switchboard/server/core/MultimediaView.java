package org.switchboard.server.core;

import java.util.List;

/**
 * A mobile chat with calls to the customer: the chat is primary, every call belongs to its service.
 *
 * @param chatId     the chat
 * @param serviceId  the chat's service, which every call belongs to
 * @param calls      the calls made from the chat, oldest first
 * @param activeCall the call in progress, or null: it must be released before the chat is ended
 */
public record MultimediaView(String chatId, String serviceId, List<String> calls, String activeCall) {
}
