package org.switchboard.logging.internal;

import java.util.Iterator;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.slf4j.ILoggerFactory;
import org.slf4j.LoggerFactory;
import org.slf4j.bridge.SLF4JBridgeHandler;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.jul.LevelChangePropagator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.OutputStreamAppender;

/**
 * Makes SLF4J the one place the runtime logs to: java.util.logging (CXF, {@code System.Logger})
 * is bridged into it, and every appender the configuration declares writes through
 * {@link MaskingEncoder}, so no configuration can write a card number or a secure value.
 */
@Component(immediate = true)
public final class LoggingSetup {

    @Activate
    void activate() {
        ILoggerFactory factory = LoggerFactory.getILoggerFactory();
        if (factory instanceof LoggerContext context) {
            maskAllAppenders(context);
            // java.util.logging gets the configured levels now, and any later change; a propagator
            // declared in the configuration would hand it logback's initial DEBUG while configuring
            LevelChangePropagator levels = new LevelChangePropagator();
            levels.setContext(context);
            levels.start();
            context.addListener(levels);
        }
        SLF4JBridgeHandler.removeHandlersForRootLogger();
        SLF4JBridgeHandler.install();
    }

    @Deactivate
    void deactivate() {
        SLF4JBridgeHandler.uninstall();
    }

    static void maskAllAppenders(LoggerContext context) {
        for (Logger logger : context.getLoggerList()) {
            for (Iterator<Appender<ILoggingEvent>> it = logger.iteratorForAppenders(); it.hasNext();) {
                if (it.next() instanceof OutputStreamAppender<ILoggingEvent> appender
                        && !(appender.getEncoder() instanceof MaskingEncoder)) {
                    MaskingEncoder masking = new MaskingEncoder(appender.getEncoder());
                    masking.setContext(context);
                    masking.start();
                    appender.setEncoder(masking);
                }
            }
        }
    }
}
