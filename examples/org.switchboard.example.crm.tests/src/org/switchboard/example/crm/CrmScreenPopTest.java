package org.switchboard.example.crm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;
import org.switchboard.connector.InteractionInfo;
import org.switchboard.core.Channel;
import org.switchboard.extension.InteractionEvent;
import org.switchboard.extension.InteractionEvent.Kind;

/** The example screen-pop shows the customer of the interaction the agent accepts, and only then. */
class CrmScreenPopTest {

    private final CrmScreenPop screenPop = new CrmScreenPop();
    private final List<Optional<Customer>> shown = new CopyOnWriteArrayList<>();

    @Test
    void acceptingACallFromAKnownNumberShowsThatCustomersRecord() {
        screenPop.show(shown::add);

        screenPop.interactionChanged(new InteractionEvent(Kind.OFFERED, call("+12015550122")));
        screenPop.interactionChanged(new InteractionEvent(Kind.ACCEPTED, call("+12015550122")));

        assertEquals(2, shown.size(), "shown once when the view opened, once at the accept; not at the offer");
        Customer ana = shown.get(1).orElseThrow();
        assertEquals("Ana Silva", ana.name());
        assertEquals("Renewal due in January", ana.note());
    }

    @Test
    void aCallerTheCrmDoesNotKnowShowsNoRecord() {
        screenPop.interactionChanged(new InteractionEvent(Kind.ACCEPTED, call("+12015550122")));
        screenPop.interactionChanged(new InteractionEvent(Kind.ACCEPTED, call("+4799999999")));

        screenPop.show(shown::add);

        assertEquals(List.of(Optional.empty()), shown);
    }

    private static InteractionInfo call(String number) {
        return new InteractionInfo("i-1", Channel.VOICE, "sales", "CONNECTED", "Caller", number, List.of(), false,
                List.of(), List.of(), null, null);
    }
}
