package com.shop.infra;

import java.nio.file.Path;
import org.apache.rocketmq.logging.ch.qos.logback.classic.LoggerContext;
import org.apache.rocketmq.logging.ch.qos.logback.classic.util.ContextInitializer;
import org.apache.rocketmq.logging.ch.qos.logback.core.joran.spi.JoranException;
import org.apache.rocketmq.logging.org.slf4j.ILoggerFactory;
import org.apache.rocketmq.logging.org.slf4j.LoggerFactory;

/**
 * Sends the files RocketMQ writes outside its store to the data folder. By default its logs go to
 * {@code ~/logs/rocketmqlogs} and broadcast consumer offsets to {@code ~/.rocketmq_offsets}. The properties are
 * JVM-wide, so the first caller wins and a value set on the command line is kept.
 */
final class RocketMqFiles {

    /** Read by this module's rmq.logback.xml and by RocketMQ's own client logging configuration. */
    static final String LOG_ROOT_PROPERTY = "rocketmq.log.root";

    static final String OFFSET_STORE_PROPERTY = "rocketmq.client.localOffsetStoreDir";

    private RocketMqFiles() {}

    static void keepUnder(Path logs, Path rocketMqDirectory) {
        setIfAbsent(OFFSET_STORE_PROPERTY, rocketMqDirectory.resolve("client-offsets"));
        if (setIfAbsent(LOG_ROOT_PROPERTY, logs.resolve("rocketmq"))) {
            reloadLogging();
        }
    }

    private static boolean setIfAbsent(String property, Path value) {
        if (System.getProperty(property) != null) {
            return false;
        }
        System.setProperty(property, value.toString());
        return true;
    }

    /**
     * RocketMQ's private logback copy configures itself as soon as the JVM's SLF4J starts (through RocketMQ's SLF4J
     * bridge), usually long before the log folder is known; reading the configuration again makes it use the folder.
     */
    private static void reloadLogging() {
        ILoggerFactory factory = LoggerFactory.getILoggerFactory();
        if (factory instanceof LoggerContext context) {
            context.reset();
            try {
                new ContextInitializer(context).autoConfig();
            } catch (JoranException e) {
                throw new IllegalStateException("RocketMQ's logging configuration is broken", e);
            }
        }
    }
}
