package org.switchboard.core.chat;

public enum ChatAction {
    ACCEPT, REJECT, SEND, TRANSFER, END
}
