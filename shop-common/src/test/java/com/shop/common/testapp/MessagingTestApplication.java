package com.shop.common.testapp;

import com.shop.common.web.security.WebSecurityAutoConfiguration;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A bare service, in a package of its own so that scanning it never picks up shop-common's configuration classes:
 * a database with the goods schema, RocketMQ, and shop-common's messaging auto-configuration. Like a real service it
 * has no bearer-token security (shop-common's tests have Spring Security on their classpath; services do not).
 */
@SpringBootApplication(exclude = WebSecurityAutoConfiguration.class)
public class MessagingTestApplication {}
