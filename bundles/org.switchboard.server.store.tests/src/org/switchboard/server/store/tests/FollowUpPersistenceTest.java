package org.switchboard.server.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.server.core.ContactCenters;
import org.switchboard.server.core.EventTypes;
import org.switchboard.server.core.FollowUpRequest;
import org.switchboard.server.core.FollowUpView;
import org.switchboard.server.core.RunningContactCenter;
import org.switchboard.server.core.ServerConfig;
import org.switchboard.server.store.DatabaseStore;
import org.switchboard.server.store.DatabaseStores;
import org.switchboard.server.store.StoreSettings;
import org.switchboard.testing.ManualClock;

/** The agents' calendars are kept in the database: a restarted server has them, reminded or not, done or removed. */
class FollowUpPersistenceTest {

    @TempDir
    Path data;

    private final ManualClock clock = new ManualClock();

    @Test
    void followUpsAndWhetherTheyWereRemindedOutliveARestart() {
        StoreSettings settings = StoreSettings.h2(data);
        FollowUpView reminded;
        FollowUpView waiting;
        FollowUpView done;
        try (DatabaseStore store = DatabaseStores.open(settings);
                RunningContactCenter center = ContactCenters.start(ServerConfig.demo(), clock, null, store)) {
            center.login("a1", "a1-demo");
            reminded = center.calendar().schedule("a1", request("2025-03-01T10:30", "Send the contract"));
            waiting = center.calendar().schedule("a1", request("2025-03-02T10:30", "Ask about the delivery"));
            done = center.calendar().schedule("a1", request("2025-03-03T10:30", "Call the warehouse"));
            FollowUpView removed = center.calendar().schedule("a1", request("2025-03-04T10:30", "Never mind"));
            center.calendar().complete("a1", done.id());
            center.calendar().cancel("a1", removed.id());
            clock.advance(Duration.ofHours(1));
            center.tick();
        }
        try (DatabaseStore store = DatabaseStores.open(settings);
                RunningContactCenter center = ContactCenters.start(ServerConfig.demo(), clock, null, store)) {
            List<FollowUpView> kept = center.calendar().followUps("a1", ManualClock.START,
                    ManualClock.START.plus(Duration.ofDays(7)));
            assertEquals(List.of(reminded.id() + " REMINDED Send the contract",
                    waiting.id() + " SCHEDULED Ask about the delivery", done.id() + " DONE Call the warehouse"),
                    kept.stream().map(f -> f.id() + " " + f.state() + " " + f.notes()).toList());
            assertEquals(Instant.parse("2025-03-02T09:30:00Z"), kept.get(1).due());
            assertEquals("Europe/Paris", kept.get(1).zone());

            center.login("a1", "a1-demo");
            clock.advance(Duration.ofDays(1));
            center.tick();
            assertEquals(List.of(waiting.id()), center.feed("a1").after(0).events().stream()
                    .filter(e -> e.type().equals(EventTypes.REMINDER)).map(e -> ((FollowUpView) e.data()).id())
                    .toList(), "only the one not reminded before the restart");
        }
    }

    private static FollowUpRequest request(String localDue, String notes) {
        return new FollowUpRequest("CALL_BACK", LocalDateTime.parse(localDue), "Europe/Paris", 0, notes,
                "Iris Novak", "+12015550177", null);
    }
}
