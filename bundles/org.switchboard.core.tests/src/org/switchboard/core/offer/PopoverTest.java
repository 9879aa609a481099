package org.switchboard.core.offer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.switchboard.core.ActionRefusedException;
import org.switchboard.core.Channel;
import org.switchboard.core.Rule;
import org.switchboard.core.cad.CadDefinition;
import org.switchboard.core.cad.CadType;
import org.switchboard.core.cad.CadVariable;

class PopoverTest {

    private static final Instant T0 = Instant.parse("2025-03-01T10:00:00Z");

    private static List<CadVariable> vars(int plain, int secure) {
        List<CadVariable> out = new ArrayList<>();
        for (int i = 0; i < plain; i++) {
            out.add(new CadVariable(new CadDefinition("p" + i, "Plain " + i, CadType.TEXT, false, false), "v" + i));
        }
        for (int i = 0; i < secure; i++) {
            out.add(new CadVariable(new CadDefinition("s" + i, "Secure " + i, CadType.TEXT, false, true), "secret"));
        }
        return out;
    }

    @Test
    void inboundPopoverShowsThreeToSixVariablesAndNoSecureOnes() {
        assertEquals(6, PopoverVariables.inbound(vars(6, 0)).size());
        assertEquals(3, PopoverVariables.inbound(vars(3, 0)).size());
        List<PopoverField> fields = PopoverVariables.inbound(vars(4, 2));
        assertEquals(4, fields.size());
        assertEquals(List.of(), fields.stream().filter(f -> f.label().startsWith("Secure")).toList());
        assertEquals(Rule.POPOVER_VARIABLE_COUNT,
                assertThrows(ActionRefusedException.class, () -> PopoverVariables.inbound(vars(2, 0))).rule());
        assertEquals(Rule.POPOVER_VARIABLE_COUNT,
                assertThrows(ActionRefusedException.class, () -> PopoverVariables.inbound(vars(7, 0))).rule());
    }

    @Test
    void consultRequestPopoverShowsAtMostNineVariablesWithInitiatorDefaultsFirst() {
        List<PopoverField> fields = PopoverVariables.consultRequest("Ana", "2001", "Sales", vars(6, 0));
        assertEquals(9, fields.size());
        assertEquals(List.of("Agent Name", "Agent DN", "Agent Team"),
                fields.subList(0, 3).stream().map(PopoverField::label).toList());
    }

    @Test
    void entryPointConsultRequestShowsAtMostSevenVariables() {
        List<PopoverField> fields = PopoverVariables.entryPointConsultRequest("2001", vars(6, 0));
        assertEquals(7, fields.size());
        assertEquals(new PopoverField("Agent DN", "2001"), fields.get(0));
    }

    @Test
    void stackedPopoversAreEmailsSocialChatsThenCallsEarliestFirst() {
        OfferStack stack = new OfferStack(List.of(
                new PendingOffer("call-1", Channel.VOICE, T0),
                new PendingOffer("chat-2", Channel.CHAT, T0.plusSeconds(2)),
                new PendingOffer("chat-1", Channel.CHAT, T0.plusSeconds(1)),
                new PendingOffer("email-1", Channel.EMAIL, T0.plusSeconds(5)),
                new PendingOffer("social-1", Channel.SOCIAL, T0.plusSeconds(3))));
        assertEquals(List.of("email-1", "social-1", "chat-1", "chat-2", "call-1"),
                stack.ordered().stream().map(PendingOffer::interactionId).toList());
        assertEquals("", stack.pageLabel());
        assertEquals("Accept 4 requests", stack.acceptAllLabel());
    }

    @Test
    void moreThanFiveRequestsShowAsOneToFiveOfTotal() {
        List<PendingOffer> offers = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            offers.add(new PendingOffer("chat-" + i, Channel.CHAT, T0.plusSeconds(i)));
        }
        OfferStack stack = new OfferStack(offers);
        assertEquals(5, stack.visible().size());
        assertEquals("1-5 of 7", stack.pageLabel());
    }
}
