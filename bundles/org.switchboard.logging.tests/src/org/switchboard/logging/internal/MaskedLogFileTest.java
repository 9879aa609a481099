package org.switchboard.logging.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.switchboard.core.cad.CadDefinition;
import org.switchboard.core.cad.CadType;
import org.switchboard.core.cad.CadVariable;

import ch.qos.logback.classic.LoggerContext;

/**
 * Logs through both ways the runtime's code logs (SLF4J as Jetty does, java.util.logging's
 * {@code System.Logger} as CXF and the product do) with the desktop's own configuration, then reads
 * the file it wrote.
 */
class MaskedLogFileTest {

    private static final long SETUP_TIMEOUT_MS = 20_000;

    private static Path logFile;

    @BeforeAll
    static void waitForTheLoggingSetup() throws InterruptedException {
        logFile = Path.of(System.getProperty("switchboard.log.dir"), "switchboard.log");
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        long deadline = System.nanoTime() + SETUP_TIMEOUT_MS * 1_000_000;
        while (!(context.getLogger("ROOT").getAppender("FILE") instanceof ch.qos.logback.core.OutputStreamAppender<?> a
                && a.getEncoder() instanceof MaskingEncoder)) {
            if (System.nanoTime() > deadline) {
                fail("the logging setup did not mask the file appender within " + SETUP_TIMEOUT_MS + " ms");
            }
            Thread.sleep(20);
        }
    }

    @Test
    void slf4jLinesReachTheFileWithCardNumbersAndSecureValuesMasked() throws IOException {
        String marker = UUID.randomUUID().toString();
        new CadVariable(new CadDefinition("pin", "Telephone PIN", CadType.TEXT, true, true), "Quokka-8841");

        LoggerFactory.getLogger("org.eclipse.jetty.server.Request")
                .info("{} card 4111 1111 1111 1111 verified with Quokka-8841", marker);

        String line = lineWith(marker);
        assertTrue(line.contains("card **** **** **** 1111 verified with ******"), line);
        assertFalse(line.contains("Quokka-8841"), line);
    }

    @Test
    void javaUtilLoggingLinesReachTheFileMaskedWithTheirStackTraces() throws IOException {
        String marker = UUID.randomUUID().toString();
        new CadVariable(new CadDefinition("answer", "Security answer", CadType.TEXT, true, true), "Marigold");

        System.getLogger("org.apache.cxf.phase.PhaseInterceptorChain").log(System.Logger.Level.WARNING,
                marker + " request failed", new IllegalStateException("card 5500-0000-0000-0004, answer Marigold"));

        String file = Files.readString(logFile, StandardCharsets.UTF_8);
        assertTrue(file.contains(marker + " request failed"), "the warning is not in " + logFile);
        assertTrue(file.contains("IllegalStateException: card ****-****-****-0004, answer ******"), file);
        assertFalse(file.contains("Marigold") || file.contains("5500-0000-0000-0004"), file);
    }

    @Test
    void linesBelowTheConfiguredLevelAreLeftOut() throws IOException {
        String marker = UUID.randomUUID().toString();
        LoggerFactory.getLogger("org.eclipse.jetty.io").debug("{} a detail", marker);
        System.getLogger("org.apache.cxf.bus").log(System.Logger.Level.DEBUG, marker + " another detail");
        LoggerFactory.getLogger("org.eclipse.jetty.io").info("{} a note", marker);

        assertTrue(lineWith(marker).endsWith(marker + " a note"));
        String file = Files.readString(logFile, StandardCharsets.UTF_8);
        assertFalse(file.contains(marker + " a detail") || file.contains(marker + " another detail"), file);
    }

    private static String lineWith(String marker) throws IOException {
        return Files.readAllLines(logFile, StandardCharsets.UTF_8).stream().filter(l -> l.contains(marker))
                .findFirst().orElseThrow(() -> new AssertionError(marker + " is not in " + logFile));
    }
}
