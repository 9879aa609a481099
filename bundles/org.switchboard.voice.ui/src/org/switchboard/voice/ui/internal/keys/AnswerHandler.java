package org.switchboard.voice.ui.internal.keys;

import org.switchboard.core.voice.CallAction;

/** The key that answers the first ringing call, when the server allows it. */
public class AnswerHandler extends CallKeyHandler {

    public AnswerHandler() {
        super(CallAction.ANSWER);
    }
}
