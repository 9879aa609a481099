package org.switchboard.voice.ui.internal.keys;

import org.switchboard.core.voice.CallAction;

/** The key that mutes the connected call, or unmutes it, when the server allows it. */
public class MuteHandler extends CallKeyHandler {

    public MuteHandler() {
        super(CallAction.MUTE, CallAction.UNMUTE);
    }
}
