package org.switchboard.server.rest.tests;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.switchboard.server.rest.internal.ApiException;
import org.switchboard.server.rest.internal.LoginThrottle;

import org.switchboard.testing.Http;

/**
 * Repeated failed logins to one account from one address pause logins to it from there, for a time that
 * doubles; other accounts, and the same account from elsewhere, log in.
 */
class LoginThrottleTest extends HttpScenario {

    private static final String DESK = "192.0.2.17";

    private Http.Reply login(String id, String password) {
        return http.post("sessions", null, Map.of("agentId", id, "password", password));
    }

    @Test
    void afterFiveFailuresInARowEvenTheRightPasswordIsRefused429UntilThePauseEnds() {
        start();
        for (int i = 0; i < 5; i++) {
            assertEquals(401, login("a1", "guess-" + i).status());
        }
        Http.Reply paused = login("a1", "a1-demo");
        assertEquals(429, paused.status(), paused.raw());
        assertEquals("too-many-attempts", paused.text("error"));
        assertEquals(200, login("a2", "a2-demo").status(), "another account logs in");
        for (int i = 0; i < 5; i++) {
            assertEquals(401, login("ghost", "guess-" + i).status());
        }
        assertEquals(429, login("ghost", "guess").status(), "an unknown id is paused the same way");
        for (int i = 0; i < 5; i++) {
            assertEquals(401, login("admin", "guess-" + i).status());
        }
        assertEquals(429, login("admin", "admin-demo").status(), "staff accounts too");
    }

    @Test
    void thePauseDoublesWithEachFurtherFailureAndASuccessStartsTheCountAgain() {
        LoginThrottle throttle = new LoginThrottle(clock);
        for (int i = 0; i < 4; i++) {
            throttle.failed("a1", DESK);
        }
        assertDoesNotThrow(() -> throttle.check("a1", DESK), "four failures pause nothing");
        throttle.failed("a1", DESK);
        clock.advance(Duration.ofSeconds(29));
        assertEquals(429, assertThrows(ApiException.class, () -> throttle.check("a1", DESK)).status());
        clock.advance(Duration.ofSeconds(1));
        assertDoesNotThrow(() -> throttle.check("a1", DESK));
        throttle.failed("a1", DESK);
        clock.advance(Duration.ofSeconds(59));
        assertThrows(ApiException.class, () -> throttle.check("a1", DESK));
        clock.advance(Duration.ofSeconds(1));
        throttle.succeeded("a1", DESK);
        throttle.failed("a1", DESK);
        assertDoesNotThrow(() -> throttle.check("a1", DESK), "the count started again");
    }

    @Test
    void guessesFromAnotherAddressDoNotLockTheAgentOutOfTheirDesk() {
        LoginThrottle throttle = new LoginThrottle(clock);
        for (int i = 0; i < 8; i++) {
            throttle.failed("a1", "203.0.113.9");
        }
        assertEquals(429, assertThrows(ApiException.class, () -> throttle.check("a1", "203.0.113.9")).status());
        assertDoesNotThrow(() -> throttle.check("a1", DESK), "the agent's own desk logs in");
        assertDoesNotThrow(() -> throttle.check("a2", "203.0.113.9"), "another account from there too");
    }
}
