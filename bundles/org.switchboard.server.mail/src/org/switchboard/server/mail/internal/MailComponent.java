package org.switchboard.server.mail.internal;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

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
 * {@code .imap.port}, 3025 and 3143 by default) with the demo mailboxes.
 */
@Component(immediate = true)
public final class MailComponent {

    private static final System.Logger LOG = System.getLogger(MailComponent.class.getName());
    /** The demo customers whose mail clients the simulator plays. */
    public static final List<String> DEMO_CUSTOMERS = List.of("dana.whitfield@customers.test",
            "ines.duarte@customers.test", "eli.moreau@customers.test");

    private final EmbeddedMailServer embedded;
    private final MailConnector connector;

    @Activate
    public MailComponent(@Reference ContactCenter center, BundleContext context) {
        String data = context.getProperty("switchboard.server.data");
        Path folder = Path.of(data == null || data.isBlank() ? "data" : data).resolve("mail");
        MailSettings settings;
        if (MailSettings.configured(context::getProperty)) {
            embedded = null;
            settings = MailSettings.of(context::getProperty, folder);
        } else {
            embedded = new EmbeddedMailServer(port(context, "smtp", 3025), port(context, "imap", 3143))
                    .start(MailSettings.DEMO_ADDRESS, DEMO_CUSTOMERS);
            settings = MailSettings.loopback(embedded.imapPort(), embedded.smtpPort(), EmbeddedMailServer.SERVICE_USER,
                    EmbeddedMailServer.SERVICE_PASSWORD, MailSettings.DEMO_ADDRESS, folder.resolve("embedded"));
            LOG.log(System.Logger.Level.INFO, "no mail server configured: the embedded one serves "
                    + MailSettings.DEMO_ADDRESS + " on 127.0.0.1 (SMTP " + embedded.smtpPort() + ", IMAP "
                    + embedded.imapPort() + ")");
        }
        connector = new MailConnector(settings, center.emails(), Clock.systemUTC(), Duration.ofSeconds(1)).start();
    }

    private static int port(BundleContext context, String protocol, int fallback) {
        String value = context.getProperty(MailSettings.PREFIX + "embedded." + protocol + ".port");
        return value == null || value.isBlank() ? fallback : Integer.parseInt(value.trim());
    }

    /** The embedded mail server, when no mail server is configured. */
    public EmbeddedMailServer embedded() {
        return embedded;
    }

    @Deactivate
    void deactivate() {
        connector.close();
        if (embedded != null) {
            embedded.close();
        }
    }
}
