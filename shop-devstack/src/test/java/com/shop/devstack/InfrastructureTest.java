package com.shop.devstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.shop.devstack.infra.Infrastructure;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.curator.framework.CuratorFramework;
import org.apache.curator.framework.CuratorFrameworkFactory;
import org.apache.curator.retry.RetryOneTime;
import org.apache.rocketmq.client.consumer.DefaultMQPushConsumer;
import org.apache.rocketmq.client.consumer.listener.ConsumeConcurrentlyStatus;
import org.apache.rocketmq.client.consumer.listener.MessageListenerConcurrently;
import org.apache.rocketmq.client.producer.DefaultMQProducer;
import org.apache.rocketmq.client.producer.SendStatus;
import org.apache.rocketmq.common.message.Message;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Each embedded piece of infrastructure works for real, as the services will use it. */
class InfrastructureTest {

    private static Infrastructure infrastructure;

    @BeforeAll
    static void start() {
        infrastructure = TestInfrastructure.shared();
    }

    @Test
    void zooKeeperStoresNodes() throws Exception {
        try (CuratorFramework curator = CuratorFrameworkFactory.newClient(infrastructure.zooKeeperAddress(),
                new RetryOneTime(500))) {
            curator.start();
            curator.create().creatingParentsIfNeeded().forPath("/infra-test/node", "hello".getBytes(StandardCharsets.UTF_8));

            assertThat(new String(curator.getData().forPath("/infra-test/node"), StandardCharsets.UTF_8)).isEqualTo("hello");
        }
    }

    @Test
    void mariaDbServesTheServiceDatabases() throws Exception {
        try (Connection connection = DriverManager.getConnection(infrastructure.jdbcUrl("shop_goods"), "root", "");
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE infra_test (id INT PRIMARY KEY, amount DECIMAL(10,2))");
            statement.execute("INSERT INTO infra_test VALUES (1, 12.34)");
            try (ResultSet rows = statement.executeQuery("SELECT amount FROM infra_test WHERE id = 1")) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getBigDecimal(1)).isEqualByComparingTo("12.34");
            }
            try (ResultSet rows = statement.executeQuery("SHOW DATABASES LIKE 'shop_%'")) {
                int databases = 0;
                while (rows.next()) {
                    databases++;
                }
                assertThat(databases).isEqualTo(5);
            }
        }
    }

    @Test
    void rocketMqDeliversPlainAndTimerMessagesAndSurvivesABrokerRestart() throws Exception {
        List<String> received = new CopyOnWriteArrayList<>();
        DefaultMQPushConsumer consumer = new DefaultMQPushConsumer("infra-test-consumer");
        consumer.setNamesrvAddr(infrastructure.nameServerAddress());
        consumer.subscribe("shop-order", "InfraTest");
        consumer.registerMessageListener((MessageListenerConcurrently) (messages, context) -> {
            messages.forEach(message -> received.add(new String(message.getBody(), StandardCharsets.UTF_8)));
            return ConsumeConcurrentlyStatus.CONSUME_SUCCESS;
        });
        consumer.start();
        DefaultMQProducer producer = new DefaultMQProducer("infra-test-producer");
        producer.setNamesrvAddr(infrastructure.nameServerAddress());
        producer.start();
        try {
            assertThat(producer.send(new Message("shop-order", "InfraTest", "now".getBytes())).getSendStatus())
                    .isEqualTo(SendStatus.SEND_OK);
            Message timer = new Message("shop-order", "InfraTest", "later".getBytes());
            long sentAt = System.currentTimeMillis();
            timer.setDeliverTimeMs(sentAt + 2_000);
            assertThat(producer.send(timer).getSendStatus()).isEqualTo(SendStatus.SEND_OK);

            await().atMost(Duration.ofSeconds(30)).until(() -> received.contains("now"));
            assertThat(received).doesNotContain("later");
            await().atMost(Duration.ofSeconds(30)).until(() -> received.contains("later"));
            assertThat(System.currentTimeMillis() - sentAt).isGreaterThanOrEqualTo(1_900);

            infrastructure.rocketMq().stopBroker();
            infrastructure.rocketMq().startBroker();
            await().atMost(Duration.ofSeconds(60)).ignoreExceptions().until(() ->
                    producer.send(new Message("shop-order", "InfraTest", "after-restart".getBytes())).getSendStatus()
                            == SendStatus.SEND_OK);
            await().atMost(Duration.ofSeconds(60)).until(() -> received.contains("after-restart"));
        } finally {
            producer.shutdown();
            consumer.shutdown();
        }
    }

    @Test
    void mqttRoundTripsAQos2Message() throws Exception {
        List<String> received = new CopyOnWriteArrayList<>();
        MqttConnectOptions options = new MqttConnectOptions();
        options.setCleanSession(false);
        MqttClient subscriber = new MqttClient(infrastructure.mqttUrl(), "infra-test-sub", new MemoryPersistence());
        MqttClient publisher = new MqttClient(infrastructure.mqttUrl(), "infra-test-pub", new MemoryPersistence());
        try {
            subscriber.connect(options);
            subscriber.subscribe("vm/test/vendout", 2, (topic, message) -> received.add(new String(message.getPayload())));
            publisher.connect();
            publisher.publish("vm/test/vendout", "dispense".getBytes(), 2, false);

            await().atMost(Duration.ofSeconds(10)).until(() -> received.contains("dispense"));
        } finally {
            publisher.disconnect();
            subscriber.disconnect();
        }
    }
}
