package org.switchboard.voice.ui.internal.keys;

import org.switchboard.core.voice.CallAction;

/** The key that ends the call, when the server allows it. */
public class EndHandler extends CallKeyHandler {

    public EndHandler() {
        super(CallAction.RELEASE);
    }
}
