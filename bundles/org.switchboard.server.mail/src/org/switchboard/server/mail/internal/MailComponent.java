package org.switchboard.server.mail.internal;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.switchboard.server.core.ContactCenter;
import org.switchboard.server.mail.MailSettings;

/**
 * Connects the contact center's email service to its mailbox while the contact center runs. With
 * {@code switchboard.mail.imap.host} set it uses that mail server (see {@link MailSettings}); without,
 * it starts the embedded mail server on loopback ({@code switchboard.mail.embedded.smtp.port} and
 * {@code .imap.port}, free ones by default) with the demo mailboxes, and while
 * {@code switchboard.simulator} is {@code on} the demo's customers write to it (one mail at least
 * every {@code switchboard.simulator.email.interval} seconds, 45 by default, while none waits).
 */
@Component(immediate = true)
public final class MailComponent {

    private static final System.Logger LOG = System.getLogger(MailComponent.class.getName());
    /** The demo customers whose mail clients the simulator plays. */
    public static final List<String> DEMO_CUSTOMERS = List.of("dana.whitfield@customers.test",
            "ines.duarte@customers.test", "eli.moreau@customers.test");

    private final EmbeddedMailServer embedded;
    private final MailConnector connector;
    private final ScheduledExecutorService customers;

    @Activate
    public MailComponent(@Reference ContactCenter center, BundleContext context) {
        String data = context.getProperty("switchboard.server.data");
        Path folder = Path.of(data == null || data.isBlank() ? "data" : data).resolve("mail");
        MailSettings settings;
        if (MailSettings.configured(context::getProperty)) {
            embedded = null;
            settings = MailSettings.of(context::getProperty, folder);
        } else {
            embedded = new EmbeddedMailServer(port(context, "smtp"), port(context, "imap"))
                    .start(MailSettings.DEMO_ADDRESS, DEMO_CUSTOMERS);
            settings = MailSettings.loopback(embedded.imapPort(), embedded.smtpPort(), EmbeddedMailServer.SERVICE_USER,
                    EmbeddedMailServer.SERVICE_PASSWORD, MailSettings.DEMO_ADDRESS, folder.resolve("embedded"));
            LOG.log(System.Logger.Level.INFO, "no mail server configured: the embedded one serves "
                    + MailSettings.DEMO_ADDRESS + " on 127.0.0.1 (SMTP " + embedded.smtpPort() + ", IMAP "
                    + embedded.imapPort() + ")");
        }
        connector = new MailConnector(settings, center.emails(), Clock.systemUTC(), Duration.ofSeconds(1)).start();
        customers = embedded != null && "on".equals(context.getProperty("switchboard.simulator"))
                ? demoCustomers(center, context) : null;
    }

    private ScheduledExecutorService demoCustomers(ContactCenter center, BundleContext context) {
        String seconds = context.getProperty("switchboard.simulator.email.interval");
        Duration interval = Duration.ofSeconds(seconds == null || seconds.isBlank() ? 45 : Long.parseLong(seconds.trim()));
        DemoCustomerMail mail = new DemoCustomerMail(center, new CustomerMail(embedded.smtpPort()), Clock.systemUTC(),
                interval);
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "switchboard-demo-customer-mail");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleWithFixedDelay(() -> {
            try {
                mail.tick();
            } catch (Exception e) {
                LOG.log(System.Logger.Level.WARNING, "a demo customer's mail could not be sent", e);
            }
        }, 1, 1, TimeUnit.SECONDS);
        return timer;
    }

    private static int port(BundleContext context, String protocol) {
        String value = context.getProperty(MailSettings.PREFIX + "embedded." + protocol + ".port");
        return value == null || value.isBlank() ? 0 : Integer.parseInt(value.trim());
    }

    /** The embedded mail server, when no mail server is configured. */
    public EmbeddedMailServer embedded() {
        return embedded;
    }

    @Deactivate
    void deactivate() throws InterruptedException {
        if (customers != null) {
            customers.shutdownNow();
            customers.awaitTermination(5, TimeUnit.SECONDS);
        }
        connector.close();
        if (embedded != null) {
            embedded.close();
        }
    }
}
