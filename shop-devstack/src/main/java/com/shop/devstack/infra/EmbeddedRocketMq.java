package com.shop.devstack.infra;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.rocketmq.broker.BrokerController;
import org.apache.rocketmq.common.BrokerConfig;
import org.apache.rocketmq.common.MQVersion;
import org.apache.rocketmq.common.TopicConfig;
import org.apache.rocketmq.common.namesrv.NamesrvConfig;
import org.apache.rocketmq.namesrv.NamesrvController;
import org.apache.rocketmq.remoting.netty.NettyClientConfig;
import org.apache.rocketmq.remoting.netty.NettyServerConfig;
import org.apache.rocketmq.remoting.protocol.RemotingCommand;
import org.apache.rocketmq.store.config.MessageStoreConfig;

/**
 * A RocketMQ name server and one broker in this JVM, bound to loopback, with small files. The broker can be
 * stopped and started again on the same port and store while the name server stays up (fault injection).
 */
public final class EmbeddedRocketMq implements AutoCloseable {

    /** Topics every shop service uses, created up front so consumers that start first do not wait. */
    public static final List<String> TOPICS = List.of("shop-order", "shop-pay");
    private static final String LOOPBACK = "127.0.0.1";
    private static final int QUEUES = 4;

    private final Path dir;
    private final int namesrvPort;
    private final int brokerPort;
    private NamesrvController namesrv;
    private BrokerController broker;

    public EmbeddedRocketMq(Path dir, int namesrvPort, int brokerPort) {
        this.dir = dir;
        this.namesrvPort = namesrvPort;
        this.brokerPort = brokerPort;
    }

    public void start() throws Exception {
        // Without it the broker registers with protocol version 0 and the name server serves an empty route table.
        System.setProperty(RemotingCommand.REMOTING_VERSION_KEY, String.valueOf(MQVersion.CURRENT_VERSION));
        Files.createDirectories(dir);
        startNameServer();
        startBroker();
    }

    public String namesrvAddress() {
        return LOOPBACK + ":" + namesrvPort;
    }

    private void startNameServer() throws Exception {
        NamesrvConfig config = new NamesrvConfig();
        config.setRocketmqHome(dir.toString());
        config.setKvConfigPath(dir.resolve("namesrv").resolve("kvConfig.json").toString());
        config.setConfigStorePath(dir.resolve("namesrv").resolve("namesrv.properties").toString());
        NettyServerConfig server = new NettyServerConfig();
        server.setBindAddress(LOOPBACK);
        server.setListenPort(namesrvPort);
        namesrv = new NamesrvController(config, server, new NettyClientConfig());
        if (!namesrv.initialize()) {
            throw new IllegalStateException("RocketMQ name server did not initialize");
        }
        namesrv.start();
    }

    /** Starts the broker (again), on the same port and store. */
    public synchronized void startBroker() throws Exception {
        if (broker != null) {
            return;
        }
        BrokerController controller = new BrokerController(brokerConfig(), brokerServerConfig(), new NettyClientConfig(),
                storeConfig());
        if (!controller.initialize()) {
            controller.shutdown();
            throw new IllegalStateException("RocketMQ broker did not initialize");
        }
        controller.start();
        for (String topic : TOPICS) {
            TopicConfig topicConfig = new TopicConfig(topic, QUEUES, QUEUES);
            controller.getTopicConfigManager().updateTopicConfig(topicConfig);
        }
        controller.registerBrokerAll(true, false, true);
        broker = controller;
    }

    /** Stops the broker; the name server stays up and clients see the broker as unreachable. */
    public synchronized void stopBroker() {
        if (broker != null) {
            broker.shutdown();
            broker = null;
        }
    }

    private BrokerConfig brokerConfig() {
        BrokerConfig config = new BrokerConfig();
        config.setBrokerName("shop-broker");
        config.setBrokerClusterName("shop-cluster");
        config.setBrokerIP1(LOOPBACK);
        config.setBrokerIP2(LOOPBACK);
        config.setNamesrvAddr(namesrvAddress());
        config.setListenPort(brokerPort);
        config.setAutoCreateTopicEnable(true);
        config.setAutoCreateSubscriptionGroup(true);
        config.setEnablePropertyFilter(true);
        config.setRocketmqHome(dir.toString());
        // two cores: a few threads per pool are plenty
        config.setSendMessageThreadPoolNums(2);
        config.setPullMessageThreadPoolNums(4);
        config.setLitePullMessageThreadPoolNums(1);
        config.setAckMessageThreadPoolNums(1);
        config.setProcessReplyMessageThreadPoolNums(1);
        config.setQueryMessageThreadPoolNums(1);
        config.setAdminBrokerThreadPoolNums(2);
        config.setClientManageThreadPoolNums(2);
        config.setConsumerManageThreadPoolNums(2);
        config.setHeartbeatThreadPoolNums(1);
        config.setEndTransactionThreadPoolNums(2);
        config.setLoadBalanceProcessorThreadPoolNums(1);
        config.setRecoverThreadPoolNums(1);
        config.setRegisterNameServerPeriod(10_000);
        return config;
    }

    private NettyServerConfig brokerServerConfig() {
        NettyServerConfig server = new NettyServerConfig();
        server.setBindAddress(LOOPBACK);
        server.setListenPort(brokerPort);
        server.setServerWorkerThreads(4);
        server.setServerSelectorThreads(2);
        return server;
    }

    private MessageStoreConfig storeConfig() {
        Path store = dir.resolve("store");
        MessageStoreConfig config = new MessageStoreConfig();
        config.setStorePathRootDir(store.toString());
        config.setStorePathCommitLog(store.resolve("commitlog").toString());
        config.setStorePathDLedgerCommitLog(store.resolve("dledger").toString());
        config.setStorePathEpochFile(store.resolve("epochFileCheckpoint").toString());
        config.setStorePathBrokerIdentity(store.resolve("brokerIdentity").toString());
        config.setHaListenPort(brokerPort + 1);
        config.setMappedFileSizeCommitLog(32 * 1024 * 1024);
        config.setMappedFileSizeConsumeQueue(30_000 * 20);
        config.setMappedFileSizeTimerLog(8 * 1024 * 1024);
        config.setTimerWheelEnable(true);
        config.setMaxHashSlotNum(50_000);
        config.setMaxIndexNum(200_000);
        config.setDiskMaxUsedSpaceRatio(95);
        return config;
    }

    @Override
    public synchronized void close() {
        stopBroker();
        if (namesrv != null) {
            namesrv.shutdown();
            namesrv = null;
        }
    }
}
