package org.switchboard.core.callback;

public enum CallbackState {
    QUEUED, OFFERED, RINGING_CUSTOMER, CONNECTED, WRAP_UP, DONE
}
