package com.shop.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.shop.pojo.MessageTopics;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.apache.curator.framework.CuratorFramework;
import org.apache.curator.framework.CuratorFrameworkFactory;
import org.apache.curator.retry.RetryOneTime;
import org.apache.rocketmq.acl.common.AclClientRPCHook;
import org.apache.rocketmq.acl.common.SessionCredentials;
import org.apache.rocketmq.client.consumer.DefaultMQPushConsumer;
import org.apache.rocketmq.client.consumer.listener.ConsumeConcurrentlyStatus;
import org.apache.rocketmq.client.consumer.listener.MessageListenerConcurrently;
import org.apache.rocketmq.client.exception.MQBrokerException;
import org.apache.rocketmq.client.producer.DefaultMQProducer;
import org.apache.rocketmq.client.producer.SendResult;
import org.apache.rocketmq.client.producer.SendStatus;
import org.apache.rocketmq.common.message.Message;
import org.apache.rocketmq.remoting.RPCHook;
import org.apache.rocketmq.remoting.protocol.ResponseCode;
import org.eclipse.paho.client.mqttv3.MqttSecurityException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/** Starts the whole infrastructure on free ports and uses every piece through the clients the shop uses. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class InfrastructureTest {

    private static final Path DATA_ROOT =
            Path.of("target", "infrastructure-test").toAbsolutePath();

    private static Infrastructure infrastructure;
    private static DefaultMQProducer producer;
    private static DefaultMQPushConsumer consumer;
    private static final BlockingQueue<ReceivedMessage> received = new LinkedBlockingQueue<>();

    record ReceivedMessage(String body, long receivedAtMillis) {}

    @BeforeAll
    static void startInfrastructure() throws Exception {
        Folders.delete(DATA_ROOT);
        Path sharedBinaries = RepositoryRoot.find().resolve(InfrastructureDirectories.SHARED_MARIADB_BINARIES);
        infrastructure = new Infrastructure(
                InfrastructurePorts.free(),
                InfrastructureDirectories.under(DATA_ROOT).withMariaDbBase(sharedBinaries));
        infrastructure.start();
        infrastructure.mariaDb().stopOnJvmExit();

        String nameServer = infrastructure.rocketMq().namesrvAddress();
        consumer = new DefaultMQPushConsumer("devstack-test-consumer", EmbeddedRocketMq.clientCredentials());
        consumer.setNamesrvAddr(nameServer);
        consumer.subscribe(MessageTopics.ORDER, "*");
        consumer.registerMessageListener((MessageListenerConcurrently) (messages, context) -> {
            messages.forEach(message -> received.add(new ReceivedMessage(
                    new String(message.getBody(), StandardCharsets.UTF_8), System.currentTimeMillis())));
            return ConsumeConcurrentlyStatus.CONSUME_SUCCESS;
        });
        consumer.start();
        awaitQueuesAssigned(consumer);
        producer = new DefaultMQProducer("devstack-test-producer", EmbeddedRocketMq.clientCredentials());
        producer.setNamesrvAddr(nameServer);
        producer.start();
    }

    /**
     * A push consumer takes its queues at its first rebalance; when that comes too early (the broker's route not yet
     * known, a busy machine) the next one is 20 s later, and a message sent meanwhile arrives late. Ask until it has
     * its queues.
     */
    private static void awaitQueuesAssigned(DefaultMQPushConsumer pushConsumer) {
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> {
                    pushConsumer
                            .getDefaultMQPushConsumerImpl()
                            .getmQClientFactory()
                            .rebalanceImmediately();
                    return !pushConsumer
                            .getDefaultMQPushConsumerImpl()
                            .getRebalanceImpl()
                            .getProcessQueueTable()
                            .isEmpty();
                });
    }

    @AfterAll
    static void stopInfrastructure() {
        if (consumer != null) {
            consumer.shutdown();
        }
        if (producer != null) {
            producer.shutdown();
        }
        if (infrastructure != null) {
            InfrastructurePorts ports = infrastructure.ports();
            infrastructure.stop();
            assertThat(ports.listening())
                    .allSatisfy(port -> assertThat(FreePorts.isFree(port))
                            .as("port %d", port)
                            .isTrue());
        }
    }

    @Test
    @Order(1)
    void zooKeeperStoresNodes() throws Exception {
        try (CuratorFramework client =
                CuratorFrameworkFactory.newClient(infrastructure.zooKeeper().address(), new RetryOneTime(500))) {
            client.start();
            assertThat(client.blockUntilConnected(10, TimeUnit.SECONDS)).isTrue();
            client.create()
                    .creatingParentsIfNeeded()
                    .forPath("/devstack-test/node", "hello".getBytes(StandardCharsets.UTF_8));

            assertThat(new String(client.getData().forPath("/devstack-test/node"), StandardCharsets.UTF_8))
                    .isEqualTo("hello");
        }
    }

    @Test
    @Order(2)
    void mariaDbServesTheShopDatabases() throws Exception {
        try (Connection connection = DriverManager.getConnection(infrastructure.jdbcUrl("shop_goods"), "root", "");
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE probe (id BIGINT PRIMARY KEY, name VARCHAR(20))");
            statement.execute("INSERT INTO probe VALUES (1, 'bürste')");
            try (ResultSet rows = statement.executeQuery("SELECT name FROM probe WHERE id = 1")) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getString(1)).isEqualTo("bürste");
            }
            List<String> databases = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery("SHOW DATABASES LIKE 'shop\\_%'")) {
                while (rows.next()) {
                    databases.add(rows.getString(1));
                }
            }
            assertThat(databases).containsExactlyInAnyOrderElementsOf(EmbeddedMariaDb.DATABASES);
        }
    }

    @Test
    @Order(3)
    void theShopTopicsExistBeforeAnyoneSends() throws Exception {
        assertThat(EmbeddedRocketMq.PRECREATED_TOPICS)
                .containsExactly(MessageTopics.ORDER, MessageTopics.PAY, MessageTopics.GOODS, MessageTopics.USER);
        for (String topic : EmbeddedRocketMq.PRECREATED_TOPICS) {
            assertThat(producer.fetchPublishMessageQueues(topic)).as(topic).hasSize(EmbeddedRocketMq.QUEUES_PER_TOPIC);
        }
    }

    @Test
    @Order(4)
    void rocketMqDeliversMessagesAndTimerMessages() throws Exception {
        assertThat(send(new Message(MessageTopics.ORDER, "now".getBytes(StandardCharsets.UTF_8)))
                        .getSendStatus())
                .isEqualTo(SendStatus.SEND_OK);
        Message later = new Message(MessageTopics.ORDER, "later".getBytes(StandardCharsets.UTF_8));
        long sentAt = System.currentTimeMillis();
        later.setDeliverTimeMs(sentAt + 2_000);
        assertThat(send(later).getSendStatus()).isEqualTo(SendStatus.SEND_OK);

        assertThat(nextMessage(Duration.ofSeconds(20)).body()).isEqualTo("now");
        ReceivedMessage delivered = nextMessage(Duration.ofSeconds(20));
        assertThat(delivered.body()).isEqualTo("later");
        assertThat(delivered.receivedAtMillis() - sentAt).isBetween(1_500L, 6_000L);
    }

    @Test
    @Order(4)
    void rocketMqRefusesAForgedPaymentFromAClientWithoutTheCredentials() throws Exception {
        byte[] forged = "{\"orderId\":1,\"payId\":2,\"payAmount\":0.01}".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() ->
                        sendAs(null, "forger-anonymous", new Message(MessageTopics.PAY, "PaymentSucceeded", forged)))
                .rootCause()
                .isInstanceOfSatisfying(
                        MQBrokerException.class,
                        refusal -> assertThat(refusal.getResponseCode()).isEqualTo(ResponseCode.NO_PERMISSION));
        RPCHook wrongSecret =
                new AclClientRPCHook(new SessionCredentials(EmbeddedRocketMq.ACCESS_KEY, "guessed-secret"));
        assertThatThrownBy(() -> sendAs(
                        wrongSecret, "forger-guessing", new Message(MessageTopics.PAY, "PaymentSucceeded", forged)))
                .rootCause()
                .isInstanceOfSatisfying(
                        MQBrokerException.class,
                        refusal -> assertThat(refusal.getResponseCode()).isEqualTo(ResponseCode.NO_PERMISSION));
        assertThat(sendAs(
                                EmbeddedRocketMq.clientCredentials(),
                                "payer",
                                new Message(MessageTopics.PAY, "PaymentSucceeded", forged))
                        .getSendStatus())
                .isEqualTo(SendStatus.SEND_OK);
    }

    @Test
    @Order(5)
    void mqttRoundTripsQos2MessagesBetweenTheServiceAndAMachine() throws Exception {
        String url = infrastructure.mqtt().url();
        try (MqttTestClient machine = MqttTestClient.connect(url, "vm-test", DevelopmentMqttUsers.machine("0001"));
                MqttTestClient service = MqttTestClient.connect(url, "service-test", DevelopmentMqttUsers.SERVICE)) {
            assertThat(machine.subscribe("vm/0001/vendout")).isEqualTo(2);

            service.publish("vm/0001/vendout", "dispense 42");

            assertThat(machine.next(Duration.ofSeconds(10)))
                    .isEqualTo(new MqttTestClient.Received("vm/0001/vendout", "dispense 42"));
        }
        assertThatThrownBy(() -> MqttTestClient.connect(url, "anonymous-test", null))
                .as("anonymous")
                .isInstanceOf(MqttSecurityException.class);
    }

    @Test
    @Order(6)
    void brokerComesBackAfterARestart() throws Exception {
        infrastructure.rocketMq().stopBroker();
        assertThat(FreePorts.isFree(infrastructure.ports().broker())).isTrue();

        infrastructure.rocketMq().startBroker();
        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(500))
                .ignoreExceptions()
                .until(() -> send(new Message(MessageTopics.ORDER, "after restart".getBytes(StandardCharsets.UTF_8)))
                                .getSendStatus()
                        == SendStatus.SEND_OK);

        assertThat(nextMessage(Duration.ofSeconds(30)).body()).isEqualTo("after restart");
    }

    private SendResult sendAs(RPCHook credentials, String group, Message message) throws Exception {
        DefaultMQProducer client = new DefaultMQProducer(group, credentials);
        client.setNamesrvAddr(infrastructure.rocketMq().namesrvAddress());
        client.setInstanceName(group);
        client.setRetryTimesWhenSendFailed(0);
        client.start();
        try {
            return client.send(message);
        } finally {
            client.shutdown();
        }
    }

    @Test
    @Order(7)
    void serviceEnvironmentPointsAtTheServers() {
        Map<String, String> environment = infrastructure.serviceEnvironment();

        InfrastructurePorts ports = infrastructure.ports();
        assertThat(environment)
                .containsEntry("SHOP_ZK_ADDRESS", "127.0.0.1:" + ports.zooKeeper())
                .containsEntry("SHOP_ZK_USERNAME", EmbeddedZooKeeper.USERNAME)
                .containsEntry("SHOP_ZK_PASSWORD", EmbeddedZooKeeper.PASSWORD)
                .containsEntry("SHOP_DUBBO_TOKEN", Infrastructure.DUBBO_TOKEN)
                .containsEntry("SHOP_ROCKETMQ_NAMESRV", "127.0.0.1:" + ports.nameServer())
                .containsEntry("SHOP_ROCKETMQ_ACCESS_KEY", EmbeddedRocketMq.ACCESS_KEY)
                .containsEntry("SHOP_ROCKETMQ_SECRET_KEY", EmbeddedRocketMq.SECRET_KEY)
                .containsEntry("SHOP_MQTT_URL", "tcp://127.0.0.1:" + ports.mqtt())
                .containsEntry("SHOP_MQTT_USERNAME", DevelopmentMqttUsers.SERVICE_USERNAME)
                .containsEntry("SHOP_MQTT_PASSWORD", DevelopmentMqttUsers.SERVICE.password())
                .containsEntry("SHOP_DB_USER_PAY", "root")
                .containsEntry("SHOP_DB_PASSWORD_PAY", "")
                .containsEntry(
                        "SHOP_DB_URL_PAY",
                        "jdbc:mysql://127.0.0.1:" + ports.mariaDb() + "/shop_pay"
                                + "?createDatabaseIfNotExist=true&useSSL=false&allowPublicKeyRetrieval=true"
                                + "&connectionTimeZone=SERVER&rewriteBatchedStatements=true&characterEncoding=utf8");
        assertThat(environment)
                .containsKeys("SHOP_DB_URL_ORDER", "SHOP_DB_URL_GOODS", "SHOP_DB_URL_COUPON", "SHOP_DB_URL_USER");
    }

    private static SendResult send(Message message) throws Exception {
        return producer.send(message);
    }

    private static ReceivedMessage nextMessage(Duration timeout) throws InterruptedException {
        ReceivedMessage message = received.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
        assertThat(message).as("a message within %s", timeout).isNotNull();
        return message;
    }
}
