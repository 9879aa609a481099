package org.switchboard.voice.ui.internal.keys;

import org.switchboard.core.voice.CallAction;

/** The key that holds the connected call, or resumes the held one, when the server allows it. */
public class HoldResumeHandler extends CallKeyHandler {

    public HoldResumeHandler() {
        super(CallAction.HOLD, CallAction.RESUME);
    }
}
