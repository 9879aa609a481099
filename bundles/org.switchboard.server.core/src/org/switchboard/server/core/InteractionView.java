package org.switchboard.server.core;

import java.time.Instant;
import java.util.List;

/**
 * One interaction as one agent sees it: its state, the participants, the call variables and the
 * actions that agent may take now (as the core's rules say).
 *
 * @param state       a voice call's phase or a chat's state; QUEUED while waiting in a queue
 * @param mobile      a mobile chat's phone number and location, or null
 * @param attachments pictures the customer sent in a chat
 * @param multimedia  for a chat with calls to the customer, and for those calls: the multimedia
 *                    interaction they form; otherwise null
 * @param label       how the offer is labelled ("Callback"), or null
 * @param callback    for a courtesy or web callback: its type, numbers, queue and state; otherwise null
 * @param recordingResumesAt when a paused recording resumes by itself (the privacy shield); otherwise null
 * @param email       for an email: its case, thread and draft; otherwise null
 */
public record InteractionView(String id, String channel, String queueId, String state, String customerId,
        String callerName, String callerNumber, List<ParticipantView> participants, List<CadView> cad,
        List<String> allowedActions, boolean wrapUpOwed, String recording, List<ChatLine> transcript,
        MobileView mobile, List<AttachmentView> attachments, MultimediaView multimedia, String label,
        CallbackView callback, Instant recordingResumesAt, EmailView email) {
}
