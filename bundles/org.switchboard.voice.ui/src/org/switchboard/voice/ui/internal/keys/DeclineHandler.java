package org.switchboard.voice.ui.internal.keys;

import org.switchboard.core.voice.CallAction;

/** The key that declines the ringing call, which the contact center routes on, when the server allows it. */
public class DeclineHandler extends CallKeyHandler {

    public DeclineHandler() {
        super(CallAction.REJECT);
    }
}
