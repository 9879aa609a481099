package org.switchboard.core.voice;

public enum RecordingState {
    /** Recording is not enabled for this call. */
    OFF,
    RECORDING,
    PAUSED
}
