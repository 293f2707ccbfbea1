package com.shop.common.messaging;

import com.shop.common.messaging.consumer.ConsumerLogMapper;
import com.shop.common.messaging.consumer.IdempotentConsumer;
import com.shop.common.messaging.deadletter.DeadLetterReplay;
import com.shop.common.messaging.deadletter.DeadLetters;
import com.shop.common.messaging.deadletter.DeadLettersEndpoint;
import com.shop.common.messaging.outbox.OutboxBacklog;
import com.shop.common.messaging.outbox.OutboxMapper;
import com.shop.common.messaging.outbox.OutboxPoller;
import com.shop.common.messaging.outbox.OutboxProperties;
import com.shop.common.messaging.outbox.OutboxRelay;
import com.shop.common.messaging.outbox.OutboxWriter;
import com.shop.common.messaging.outbox.SentMarks;
import com.shop.common.messaging.status.MessagingReportReader;
import com.shop.common.trail.MessageTrail;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Metrics;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.rocketmq.acl.common.AclClientRPCHook;
import org.apache.rocketmq.acl.common.SessionCredentials;
import org.apache.rocketmq.client.producer.DefaultMQProducer;
import org.apache.rocketmq.remoting.RPCHook;
import org.apache.rocketmq.spring.core.RocketMQTemplate;
import org.mybatis.spring.annotation.MapperScan;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The outbox (writer, after-commit relay, poller), idempotent consumers, the purge of both tables and the report of
 * both for operators, for services with a database and RocketMQ.
 */
@AutoConfiguration(
        afterName = {
            "org.apache.rocketmq.spring.autoconfigure.RocketMQAutoConfiguration",
            "org.mybatis.spring.boot.autoconfigure.MybatisAutoConfiguration",
            "org.springframework.boot.autoconfigure.jdbc.DataSourceTransactionManagerAutoConfiguration"
        })
@ConditionalOnClass({RocketMQTemplate.class, MapperScan.class})
public class MessagingAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    MessageCodec messageCodec() {
        return new MessageCodec();
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnBean(PlatformTransactionManager.class)
    @MapperScan(
            basePackageClasses = {OutboxMapper.class, ConsumerLogMapper.class},
            annotationClass = org.apache.ibatis.annotations.Mapper.class)
    static class ConsumerConfiguration {

        @Bean
        IdempotentConsumer idempotentConsumer(
                ConsumerLogMapper consumerLogMapper,
                MessageCodec codec,
                PlatformTransactionManager transactionManager,
                ObjectProvider<MeterRegistry> meters,
                ObjectProvider<Tracer> tracer,
                ObjectProvider<Propagator> propagator) {
            // READ COMMITTED: handlers take no gap locks, so deliveries of different messages do not block each
            // other; deliveries of the same message queue up on its consumer-log row.
            TransactionTemplate effect = new TransactionTemplate(transactionManager);
            effect.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
            TransactionTemplate failure = new TransactionTemplate(transactionManager);
            failure.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
            return new IdempotentConsumer(
                    consumerLogMapper, codec, effect, failure, registry(meters), messageTraces(tracer, propagator));
        }

        /** The messages' part of every order trail this service answers. */
        @Bean
        MessageTrail messageTrail(OutboxMapper outboxMapper, ConsumerLogMapper consumerLogMapper) {
            return new MessageTrail(outboxMapper, consumerLogMapper);
        }
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnBean(PlatformTransactionManager.class)
    @EnableConfigurationProperties(MessagingProperties.class)
    @EnableScheduling
    static class RetentionConfiguration {

        @Bean
        MessagingPurge messagingPurge(
                OutboxMapper outboxMapper, ConsumerLogMapper consumerLogMapper, MessagingProperties properties) {
            return new MessagingPurge(outboxMapper, consumerLogMapper, properties);
        }
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnBean(PlatformTransactionManager.class)
    @ConditionalOnClass(name = "org.springframework.boot.actuate.health.HealthIndicator")
    static class HealthConfiguration {

        @Bean
        MessagingHealthIndicator messagingHealthIndicator(
                OutboxMapper outboxMapper,
                ConsumerLogMapper consumerLogMapper,
                ObjectProvider<DeadLetters> deadLetters) {
            return new MessagingHealthIndicator(outboxMapper, consumerLogMapper, deadLetters);
        }
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnBean(PlatformTransactionManager.class)
    static class StatusConfiguration {

        /** The report this service's messaging status answers operators with. */
        @Bean
        MessagingReportReader messagingReportReader(
                OutboxMapper outboxMapper,
                ConsumerLogMapper consumerLogMapper,
                ObjectProvider<DeadLetters> deadLetters) {
            return new MessagingReportReader(outboxMapper, consumerLogMapper, deadLetters, Clock.systemUTC());
        }
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnBean({PlatformTransactionManager.class, RocketMQTemplate.class})
    @EnableConfigurationProperties(OutboxProperties.class)
    @EnableScheduling
    static class OutboxConfiguration {

        /** How often the producer's unused batching threads wake up. */
        static final int ACCUMULATOR_POLL_MILLIS = 1_000;

        @Bean(destroyMethod = "shutdown")
        ExecutorService outboxRelayExecutor(OutboxProperties properties) {
            AtomicInteger threads = new AtomicInteger();
            ThreadPoolExecutor executor = new ThreadPoolExecutor(
                    properties.getRelayThreads(),
                    properties.getRelayThreads(),
                    60,
                    TimeUnit.SECONDS,
                    new ArrayBlockingQueue<>(10_000),
                    runnable -> {
                        Thread thread = new Thread(runnable, "outbox-relay-" + threads.incrementAndGet());
                        thread.setDaemon(true);
                        return thread;
                    },
                    new ThreadPoolExecutor.AbortPolicy());
            executor.allowCoreThreadTimeOut(true);
            return executor;
        }

        @Bean
        SentMarks outboxSentMarks(OutboxMapper outboxMapper) {
            return new SentMarks(outboxMapper);
        }

        @Bean
        OutboxRelay outboxRelay(
                RocketMQTemplate rocketMQTemplate,
                OutboxMapper outboxMapper,
                SentMarks sentMarks,
                ExecutorService outboxRelayExecutor,
                OutboxProperties properties,
                ObjectProvider<MeterRegistry> meters) {
            DefaultMQProducer producer = rocketMQTemplate.getProducer();
            // The producer's batching accumulator runs two threads that wake every batchMaxDelayMs / 2 (5 ms by
            // default) to look for batches, whether or not auto-batching is on: about 5 % of a core per service, idle
            // or not. Nothing here batches, so they may look rarely.
            producer.batchMaxDelayMs(ACCUMULATOR_POLL_MILLIS * 2);
            return new OutboxRelay(
                    producer, outboxMapper, sentMarks, outboxRelayExecutor, properties, registry(meters));
        }

        @Bean
        OutboxBacklog outboxBacklog(OutboxMapper outboxMapper, ObjectProvider<MeterRegistry> meters) {
            return new OutboxBacklog(outboxMapper, registry(meters));
        }

        @Bean
        OutboxWriter outboxWriter(
                OutboxMapper outboxMapper,
                OutboxRelay outboxRelay,
                MessageCodec codec,
                @Value("${rocketmq.producer.group:${spring.application.name}}") String groupName,
                ObjectProvider<Tracer> tracer,
                ObjectProvider<Propagator> propagator) {
            return new OutboxWriter(outboxMapper, outboxRelay, codec, groupName, messageTraces(tracer, propagator));
        }

        @Bean
        OutboxPoller outboxPoller(OutboxMapper outboxMapper, OutboxRelay outboxRelay, OutboxProperties properties) {
            return new OutboxPoller(outboxMapper, outboxRelay, properties);
        }
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnBean(RocketMQTemplate.class)
    @ConditionalOnProperty(
            prefix = "shop.messaging",
            name = "read-dead-letters",
            havingValue = "true",
            matchIfMissing = true)
    static class DeadLetterConfiguration {

        @Bean
        DeadLetters deadLetters(
                ListableBeanFactory beans,
                RocketMQTemplate rocketMQTemplate,
                ObjectProvider<ConsumerLogMapper> consumerLog,
                @Value("${spring.application.name}") String application,
                @Value("${rocketmq.name-server}") String nameServer,
                @Value("${rocketmq.consumer.access-key:}") String accessKey,
                @Value("${rocketmq.consumer.secret-key:}") String secretKey) {
            RPCHook credentials =
                    accessKey.isBlank() ? null : new AclClientRPCHook(new SessionCredentials(accessKey, secretKey));
            return new DeadLetters(
                    beans,
                    rocketMQTemplate.getProducer(),
                    consumerLog,
                    application + "-dead-letters",
                    nameServer,
                    credentials);
        }

        @Bean
        DeadLetterReplay deadLetterReplay(RocketMQTemplate rocketMQTemplate) {
            DefaultMQProducer producer = rocketMQTemplate.getProducer();
            return new DeadLetterReplay(producer, Duration.ofMillis(producer.getSendMsgTimeout()));
        }

        @Bean
        @ConditionalOnClass(name = "org.springframework.boot.actuate.endpoint.annotation.Endpoint")
        DeadLettersEndpoint deadLettersEndpoint(DeadLetters deadLetters, DeadLetterReplay replay) {
            return new DeadLettersEndpoint(deadLetters, replay);
        }
    }

    /** The application's registry (the actuator's); Micrometer's global one where there is none, as in a bare test. */
    static MeterRegistry registry(ObjectProvider<MeterRegistry> meters) {
        return meters.getIfAvailable(() -> Metrics.globalRegistry);
    }

    /** The trace carried through the outbox, where the application traces (Spring Boot's tracing, both beans). */
    static MessageTraces messageTraces(ObjectProvider<Tracer> tracer, ObjectProvider<Propagator> propagator) {
        Tracer current = tracer.getIfAvailable();
        Propagator headers = propagator.getIfAvailable();
        return current == null || headers == null ? MessageTraces.none() : new MessageTraces(current, headers);
    }
}
