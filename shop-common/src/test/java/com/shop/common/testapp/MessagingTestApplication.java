package com.shop.common.testapp;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A bare service, in a package of its own so that scanning it never picks up shop-common's configuration classes:
 * a database with the goods schema, RocketMQ, and shop-common's messaging auto-configuration.
 */
@SpringBootApplication
public class MessagingTestApplication {
}
