package org.switchboard.core.email;

public enum EmailAction {
    ACCEPT, PULL, CLOSE_WITHOUT_REPLY, CHANGE_SERVICE, TRANSFER, FORWARD, REPLY, SAVE_DRAFT, FOLLOW_UP
}
