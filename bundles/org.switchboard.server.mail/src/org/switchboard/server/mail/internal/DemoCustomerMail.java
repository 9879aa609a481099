package org.switchboard.server.mail.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.switchboard.server.core.ContactCenter;
import org.switchboard.server.core.QueueView;
import org.switchboard.server.mail.MailSettings;

/**
 * The demo's customers write to the embedded mail server: a mail to the service whenever at least
 * {@code interval} has passed since the last one and no email waits in the service's team queue, so
 * mail never piles up while agents are away. Not thread-safe: one thread calls {@link #tick()}.
 */
final class DemoCustomerMail {

    private record Letter(String from, String name, String subject, String text) {
    }

    private static final List<Letter> LETTERS = List.of(
            new Letter("dana.whitfield@customers.test", "Dana Whitfield", "Where is my parcel?",
                    "Hello,\n\nmy order DE-4471 was due on Monday and has not arrived. Can you tell me where it is?\n\nDana"),
            new Letter("ines.duarte@customers.test", "Inês Duarte", "Wrong size delivered",
                    "Olá,\n\nI ordered the jacket in M and received an L. How do I exchange it?\n\nInês"),
            new Letter("eli.moreau@customers.test", "Eli Moreau", "Invoice for order IT-2093",
                    "Hi,\n\ncould you send me the invoice for order IT-2093 with my company's VAT number?\n\nThanks, Eli"));

    private final ContactCenter center;
    private final CustomerMail mail;
    private final Clock clock;
    private final Duration interval;
    private Instant last;
    private int sent;

    DemoCustomerMail(ContactCenter center, CustomerMail mail, Clock clock, Duration interval) {
        this.center = center;
        this.mail = mail;
        this.clock = clock;
        this.interval = interval;
    }

    void tick() throws Exception {
        Instant now = clock.instant();
        if (last != null && now.isBefore(last.plus(interval))) {
            return;
        }
        boolean waiting = center.queues().stream()
                .anyMatch(q -> q.id().equals(MailSettings.DEFAULT_QUEUE) && q.waiting() > 0);
        if (waiting) {
            return;
        }
        Letter l = LETTERS.get(sent % LETTERS.size());
        mail.send(l.from(), l.name(), MailSettings.DEMO_ADDRESS, UUID.randomUUID() + "@customers.test", l.subject(),
                l.text(), null);
        sent++;
        last = now;
    }
}
