package org.switchboard.server.core;

/**
 * What a callback adds to its interaction's view.
 *
 * @param type      COURTESY or WEB
 * @param number    the customer's number, which the agent's answer dials
 * @param dnis      the number the customer had dialled (Dialed Number Identification Service)
 * @param queueName the queue that routed it
 * @param state     QUEUED, OFFERED, RINGING_CUSTOMER, CONNECTED, WRAP_UP or DONE
 * @param cancelAllowed whether the contact card shows Cancel now (a web callback ringing the customer,
 *                  when the administrator enabled "end call for web callback")
 */
public record CallbackView(String type, String number, String dnis, String queueName, String state,
        boolean cancelAllowed) {
}
