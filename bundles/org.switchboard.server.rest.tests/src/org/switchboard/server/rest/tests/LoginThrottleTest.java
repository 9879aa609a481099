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

/** Repeated failed logins to one account pause logins to it, for a time that doubles; other accounts log in. */
class LoginThrottleTest extends HttpScenario {

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
            throttle.failed("a1");
        }
        assertDoesNotThrow(() -> throttle.check("a1"), "four failures pause nothing");
        throttle.failed("a1");
        clock.advance(Duration.ofSeconds(29));
        assertEquals(429, assertThrows(ApiException.class, () -> throttle.check("a1")).status());
        clock.advance(Duration.ofSeconds(1));
        assertDoesNotThrow(() -> throttle.check("a1"));
        throttle.failed("a1");
        clock.advance(Duration.ofSeconds(59));
        assertThrows(ApiException.class, () -> throttle.check("a1"));
        clock.advance(Duration.ofSeconds(1));
        throttle.succeeded("a1");
        throttle.failed("a1");
        assertDoesNotThrow(() -> throttle.check("a1"), "the count started again");
    }
}
