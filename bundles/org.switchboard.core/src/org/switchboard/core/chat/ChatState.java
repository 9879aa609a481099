package org.switchboard.core.chat;

public enum ChatState {
    OFFERED, REJECTED, ACTIVE, TRANSFERRED, ENDED
}
