package org.switchboard.core;

/**
 * Every rule the core enforces. A refused action names one of these, so the desktop can explain
 * it and the server can report it to a client by name.
 */
public enum Rule {
    // --- general
    MISSING_VALUE("A required value is missing."),
    NOT_ALLOWED_IN_STATE("The action is not allowed in the interaction's current state."),
    DUPLICATE_INTERACTION("The interaction is already known to this agent."),
    NO_SUCH_INTERACTION("The agent is not handling that interaction."),
    INVALID_TIMEOUT("A timeout must be a positive duration."),

    // --- agent state
    NOT_LOGGED_IN("The agent is logged out."),
    ALREADY_LOGGED_IN("The agent is already logged in."),
    ALREADY_IN_STATE("The agent is already in that state."),
    UNKNOWN_REASON_CODE("That Not Ready reason is not configured."),
    NO_LOGOUT_WHILE_OFFER_SHOWING("You cannot log out while a connecting or contact-request popover is showing."),
    RONA_NEEDS_AGENT_CHOICE("From RONA only the agent's own choice of Ready or Not Ready leaves it."),
    AGENT_NOT_AVAILABLE("The agent is not Ready and cannot be offered an interaction."),
    CAPACITY_REACHED("The agent has reached the capacity for this channel."),
    INVALID_CAPACITY("A capacity must be zero or more, and at most one call."),
    NO_SUCH_OFFER("There is no such offer showing."),
    OFFER_NOT_ANSWERED("The offer was not answered in time: it returns to its queue and the agent goes RONA."),
    CALL_NEEDS_READY_OR_NOT_READY("You can make a call only in Ready or Not Ready, with no other call, offer or wrap-up open."),
    CANNOT_CALL_YOURSELF("You cannot make an internal call to yourself."),
    CALLED_AGENT_UNAVAILABLE("The agent you called cannot take a call now: only agents in Ready or Not Ready with a free line can."),
    CUSTOMER_NOT_ANSWERED_YET("The customer has not answered yet: the call can only be ended."),

    // --- voice: who may act
    NOT_A_PARTICIPANT("You are not a participant of this call."),
    ROLE_NOT_PERMITTED("Your role in the call does not allow this action."),
    CALL_ENDED("The call has ended."),
    NOT_QUEUED("The call is not waiting in a queue."),
    NOT_RINGING("Nothing is ringing for you on this call."),
    NOT_CONNECTED("The call is not connected."),

    // --- voice: hold
    ALREADY_ON_HOLD("That party is already on hold."),
    NOT_ON_HOLD("That party is not on hold."),
    ONLY_ONE_PARTY_HELD("Only one of the customer and the consulted agent can be on hold."),
    NO_HOLD_IN_CONFERENCE("During a conference nobody can be put on hold."),
    RELEASE_WHILE_ON_HOLD("End is disabled while the call is on hold."),
    CUSTOMER_ON_HOLD("The customer is on hold."),
    ALREADY_MUTED("You are already muted."),
    NOT_MUTED("You are not muted."),
    INVALID_DTMF("DTMF digits must be 0-9, * or #."),

    // --- voice: consult, conference, transfer (the participant tables)
    CUSTOMER_CANNOT_CONSULT("A customer cannot start a consult call."),
    CUSTOMER_CANNOT_CONFERENCE("A customer cannot start a conference call."),
    CONSULT_IN_PROGRESS("A consult is already in progress."),
    NO_CONSULT_IN_PROGRESS("There is no consult call in progress."),
    NO_CONSULT_REQUEST("There is no consult request for you."),
    NO_CONSULTED_PARTY("Consult a party first."),
    CONSULT_NOT_ACCEPTED("Until the consulted agent accepts, transfer and conference are disabled."),
    CONSULT_FAILED("The consult call failed."),
    CONSULT_TARGET_UNAVAILABLE("Only agents in Ready or Not Ready can be consulted."),
    CANNOT_TARGET_PARTICIPANT("The target is already on the call."),
    AGENT_2_CANNOT_RESUME("Agent 2 cannot resume the call."),
    AGENT_2_CANNOT_END_CONSULT("Agent 2 cannot end a consult call; agent 2 may exit it."),
    AGENT_2_CANNOT_END_CONFERENCE("Agent 2 cannot end a conference call; agent 2 may exit it."),
    AGENT_2_CANNOT_WRAP_UP("Agent 2 cannot apply a wrap-up reason for this call."),
    CALL_LIMIT_REACHED("The contact center is at its limit of concurrent calls: no more calls are offered or placed until one ends."),
    CONSULTED_AGENT_CANNOT_EDIT_CAD("An agent consulted through an entry point (EP-DN) cannot edit call variables."),
    NOT_IN_CONFERENCE("The call is not in a conference, or you are not in it."),
    CONFERENCE_FULL("The conference has reached its party limit."),
    CUSTOMER_LEFT_CONFERENCE("The customer left: the call is in wrap-up, without hold, resume, consult or transfer."),
    NO_TRANSFER_REQUEST("There is no transfer request for you."),
    TRANSFER_NOT_ACCEPTED("The transfer was not accepted and the call was abandoned."),
    BLIND_TRANSFER_TWO_PARTY_ONLY("A blind transfer is only possible from a two-party call."),
    TRANSFER_TARGET_IN_WRAP_UP("You cannot transfer a call to an agent in wrap-up."),
    TRANSFER_TARGET_NOT_READY("A call can be transferred only to a Ready agent."),
    NO_ROUTE_BACK_AFTER_ENTRY_POINT_TRANSFER("A call transferred to an entry point cannot route back to the agent who transferred it."),

    // --- voice: recording
    RECORDING_NOT_ENABLED("Call recording is not enabled."),
    RECORDING_CONTROL_TWO_PARTY_ONLY("Recording pause and resume work only on an active two-party call, not in consult or conference."),
    RECORDING_ALREADY_PAUSED("Recording is already paused."),
    RECORDING_NOT_PAUSED("Recording is not paused."),

    // --- dial strings
    INVALID_DIAL_NUMBER("The dial number is not valid."),

    // --- call-associated data
    CAD_UNKNOWN_VARIABLE("There is no such call variable."),
    CAD_READ_ONLY("The call variable is read-only."),
    CAD_VALUE_TOO_LONG("A call variable value holds at most 256 characters."),
    CAD_TYPE_MISMATCH("The value does not match the variable's type."),
    CAD_EDIT_CONFLICT("Another agent saved this variable first; the saved value is shown."),
    CAD_UNKNOWN_VERSION("That version of the call variable was never saved."),
    POPOVER_VARIABLE_COUNT("A popover shows between three and six configured variables."),

    // --- wrap-up
    NO_WRAP_UP_PENDING("No wrap-up is pending for you."),
    UNKNOWN_DISPOSITION("That wrap-up reason is not configured."),
    NOTES_TOO_LONG("The wrap-up notes are too long."),
    FOLLOW_UP_NOT_IN_FUTURE("A follow-up activity must be scheduled in the future."),

    // --- chat, mobile, multimedia
    CANNED_RESPONSE_PLACEHOLDER_MISSING("A placeholder of the canned response has no value."),
    INVALID_LOCATION("The location is out of range."),
    ATTACHMENT_TYPE_NOT_ALLOWED("Only pictures of an allowed type can be received."),
    ATTACHMENT_TOO_LARGE("The attachment is larger than allowed."),
    ATTACHMENT_MISLABELLED("The attachment's content is not of the type it was sent as."),
    ATTACHMENT_TOO_MANY_PIXELS("The picture's dimensions are larger than allowed."),
    ATTACHMENT_UNREADABLE("The picture's dimensions cannot be read."),
    NO_CUSTOMER_PHONE_NUMBER("The customer's phone number is not known."),
    CALL_NEEDS_ACTIVE_CHAT("A call can be made only while the chat with the customer is active."),
    CALL_ALREADY_ACTIVE("A call with the customer is already in progress."),
    RELEASE_CALL_BEFORE_CHAT("Release the call first, then disconnect the chat."),

    // --- email
    EMAIL_NOT_YOURS("The email is in another agent's personal queue."),
    INVALID_EMAIL_ADDRESS("The email address is not valid."),
    SAME_SERVICE("The email is already assigned to that service."),

    // --- callbacks and outbound
    CALLBACK_CANCEL_NOT_ENABLED("Cancelling a web callback is not enabled by the administrator."),
    CALLBACK_ALREADY_ANSWERED("The customer has already answered the callback."),
    RESCHEDULE_NOT_IN_FUTURE("A call attempt can be rescheduled only to a future time."),

    // --- calendar
    FOLLOW_UP_REMINDER_OUT_OF_RANGE("The reminder must be between the due time and seven days before it."),
    FOLLOW_UP_NOTES_TOO_LONG("The follow-up's notes are longer than allowed."),
    FOLLOW_UP_UNKNOWN_TIME_ZONE("The time zone is not known."),
    FOLLOW_UP_NEEDS_NUMBER("A call-back follow-up needs the customer's phone number."),
    FOLLOW_UP_DONE("The follow-up is already done.");

    private final String message;

    Rule(String message) {
        this.message = message;
    }

    /** A sentence for the agent. */
    public String message() {
        return message;
    }
}
