package org.switchboard.core.dial;

/** Why a dial string is not valid. */
public enum DialProblem {
    EMPTY, TOO_FEW_DIGITS, TOO_MANY_DIGITS, MISPLACED_PLUS
}
