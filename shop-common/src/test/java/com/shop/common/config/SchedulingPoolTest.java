package com.shop.common.config;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.task.TaskSchedulingAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/** The scheduler an application gets with the shared defaults: one slow job does not hold up the others. */
class SchedulingPoolTest {

    @Test
    void aJobStuckInASlowCallDoesNotStopAnother() {
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(TwoJobs.class)
                .web(WebApplicationType.NONE)
                .run()) {
            TwoJobs jobs = context.getBean(TwoJobs.class);
            try {
                await().atMost(Duration.ofSeconds(10)).until(() -> jobs.stuck.getCount() == 0);
                int before = jobs.polls.get();

                await().atMost(Duration.ofSeconds(10)).until(() -> jobs.polls.get() >= before + 3);
            } finally {
                jobs.release.countDown();
            }
        }
    }

    @Configuration(proxyBeanMethods = false)
    @EnableScheduling
    @ImportAutoConfiguration(TaskSchedulingAutoConfiguration.class)
    static class TwoJobs {

        final CountDownLatch stuck = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);
        final AtomicInteger polls = new AtomicInteger();

        /** A reconciliation waiting on a payment platform that does not answer. */
        @Scheduled(fixedDelay = 50)
        void reconcile() throws InterruptedException {
            stuck.countDown();
            release.await();
        }

        /** The outbox poller. */
        @Scheduled(fixedDelay = 50)
        void poll() {
            polls.incrementAndGet();
        }
    }
}
