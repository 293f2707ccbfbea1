package com.shop.infra;

import com.shop.pojo.MessageTopics;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.rocketmq.acl.common.AclClientRPCHook;
import org.apache.rocketmq.acl.common.SessionCredentials;
import org.apache.rocketmq.auth.authentication.provider.DefaultAuthenticationProvider;
import org.apache.rocketmq.auth.authentication.provider.LocalAuthenticationMetadataProvider;
import org.apache.rocketmq.auth.authentication.strategy.StatefulAuthenticationStrategy;
import org.apache.rocketmq.auth.config.AuthConfig;
import org.apache.rocketmq.broker.BrokerController;
import org.apache.rocketmq.broker.BrokerPathConfigHelper;
import org.apache.rocketmq.broker.client.ClientChannelInfo;
import org.apache.rocketmq.common.BrokerConfig;
import org.apache.rocketmq.common.MQVersion;
import org.apache.rocketmq.common.MixAll;
import org.apache.rocketmq.common.TopicConfig;
import org.apache.rocketmq.common.constant.PermName;
import org.apache.rocketmq.common.namesrv.NamesrvConfig;
import org.apache.rocketmq.namesrv.NamesrvController;
import org.apache.rocketmq.remoting.RPCHook;
import org.apache.rocketmq.remoting.common.TlsMode;
import org.apache.rocketmq.remoting.netty.NettyClientConfig;
import org.apache.rocketmq.remoting.netty.NettyServerConfig;
import org.apache.rocketmq.remoting.netty.TlsSystemConfig;
import org.apache.rocketmq.remoting.protocol.RemotingCommand;
import org.apache.rocketmq.store.config.MessageStoreConfig;

/**
 * A RocketMQ name server and one master broker in this JVM, both on 127.0.0.1, with timer (delayed) messages on and
 * files small enough for a laptop. The broker can be stopped and started again on the same port and store while the
 * name server keeps running, so tests can take the broker away from running applications.
 *
 * <p>The broker authenticates every request (RocketMQ's ACL 2.0): a client must sign with the development access key
 * and secret key, which the broker creates as its first user. An unsigned or wrongly signed request is refused.
 */
public final class EmbeddedRocketMq implements EmbeddedServer {

    /** Created before anyone connects, so consumers that start first get a route at once. */
    public static final List<String> PRECREATED_TOPICS =
            List.of(MessageTopics.ORDER, MessageTopics.PAY, MessageTopics.GOODS, MessageTopics.USER);

    public static final int QUEUES_PER_TOPIC = 4;
    /** The development credentials of the suite's clients; the shop applications read them from the environment. */
    public static final String ACCESS_KEY = "shop-development";

    public static final String SECRET_KEY = "shop-development-rocketmq-secret";

    private static final String BIND_ADDRESS = "127.0.0.1";
    private static final String BROKER_NAME = "devstack-broker";
    private static final String CLUSTER_NAME = "DefaultCluster";
    private static final int COMMIT_LOG_FILE_SIZE = 32 * 1024 * 1024;
    private static final int CONSUME_QUEUE_FILE_SIZE = 30_000 * 20;
    private static final int TIMER_LOG_FILE_SIZE = 8 * 1024 * 1024;
    private static final int TIMER_FLUSH_INTERVAL_MS = 10_000;
    private static final int INDEX_HASH_SLOTS = 50_000;
    private static final int INDEX_ENTRIES = 200_000;
    private static final long REGISTRATION_PATIENCE_NANOS = 30_000_000_000L;
    private static final long REGISTRATION_RETRY_MILLIS = 50;

    static {
        // Without it the broker registers with protocol version 0, the name server decodes an empty topic table,
        // and producers fail with "No route info of this topic". It must be set before any controller exists.
        System.setProperty(RemotingCommand.REMOTING_VERSION_KEY, Integer.toString(MQVersion.CURRENT_VERSION));
        // the default "permissive" mode builds a self-signed certificate per server: a second of CPU at every start
        TlsSystemConfig.tlsMode = TlsMode.DISABLED;
    }

    private final int nameServerPort;
    private final int brokerPort;
    private final Path directory;
    private NamesrvController nameServer;
    private BrokerController broker;

    /** @param directory holds the name server's configuration and the broker's store */
    public EmbeddedRocketMq(int nameServerPort, int brokerPort, Path directory) {
        this.nameServerPort = nameServerPort;
        this.brokerPort = brokerPort;
        this.directory = directory;
    }

    @Override
    public String name() {
        return "RocketMQ";
    }

    @Override
    public synchronized void start() throws Exception {
        startNameServer();
        startBroker();
    }

    private void startNameServer() throws Exception {
        if (nameServer != null) {
            return;
        }
        Path home = Files.createDirectories(directory.resolve("namesrv"));
        NamesrvConfig config = new NamesrvConfig();
        config.setRocketmqHome(home.toString());
        // both default to files under the user's home
        config.setKvConfigPath(home.resolve("kvConfig.json").toString());
        config.setConfigStorePath(home.resolve("namesrv.properties").toString());
        NamesrvController controller =
                new NamesrvController(config, loopbackServer(nameServerPort), new NettyClientConfig());
        if (!controller.initialize()) {
            controller.shutdown();
            throw new IllegalStateException("the RocketMQ name server did not initialize");
        }
        controller.start();
        // the name server's client to itself uses the machine's network address, where nothing listens
        controller.getRemotingClient().updateNameServerAddressList(List.of(namesrvAddress()));
        nameServer = controller;
    }

    /** Starts the broker on its port and store; the name server must be running. */
    public synchronized void startBroker() throws Exception {
        if (broker != null) {
            return;
        }
        if (nameServer == null) {
            throw new IllegalStateException("start the name server first");
        }
        Path store = Files.createDirectories(directory.resolve("store"));
        BrokerPathConfigHelper.setBrokerConfigPath(
                store.resolve("config").resolve("broker.properties").toString());
        BrokerController controller = new BrokerController(
                brokerConfig(),
                loopbackServer(brokerPort),
                new NettyClientConfig(),
                storeConfig(store),
                authConfig(store));
        if (!controller.initialize()) {
            controller.shutdown();
            throw new IllegalStateException("the RocketMQ broker did not initialize");
        }
        controller.start();
        broker = controller;
        createTopics();
    }

    private BrokerConfig brokerConfig() {
        BrokerConfig config = new BrokerConfig();
        config.setRocketmqHome(directory.toString());
        config.setBrokerClusterName(CLUSTER_NAME);
        config.setBrokerName(BROKER_NAME);
        config.setBrokerId(MixAll.MASTER_ID);
        // what the broker tells clients to connect to; by default the first non-loopback address
        config.setBrokerIP1(BIND_ADDRESS);
        config.setBrokerIP2(BIND_ADDRESS);
        config.setListenPort(brokerPort);
        config.setNamesrvAddr(namesrvAddress());
        config.setAutoCreateTopicEnable(true);
        config.setAutoCreateSubscriptionGroup(true);
        // a lone master has no peer to catch up with: serve at once instead of after the pre-online phase
        config.setSkipPreOnline(true);
        // pools sized for a laptop; the defaults (up to 32 threads each) are for dedicated servers
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
        // POP consumption is not used; each revive thread polls every 100 ms and delays shutdown by up to 4 s
        config.setReviveQueueNum(1);
        return config;
    }

    private static AuthConfig authConfig(Path store) {
        AuthConfig config = new AuthConfig();
        config.setConfigName(BROKER_NAME);
        config.setClusterName(CLUSTER_NAME);
        // the users live in a RocksDB under the store, created with the first user at the broker's first start
        config.setAuthConfigPath(store.resolve("auth").toString());
        config.setAuthenticationEnabled(true);
        config.setAuthenticationProvider(DefaultAuthenticationProvider.class.getName());
        // A connection is authenticated once per user and minute, not every request on it: checking the signature of
        // every send, pull and heartbeat cost a third of the confirmations two cores can serve.
        config.setAuthenticationStrategy(StatefulAuthenticationStrategy.class.getName());
        config.setAuthenticationMetadataProvider(LocalAuthenticationMetadataProvider.class.getName());
        config.setInitAuthenticationUser("{\"username\":\"" + ACCESS_KEY + "\",\"password\":\"" + SECRET_KEY + "\"}");
        // what the broker signs its own requests to other brokers with
        config.setInnerClientAuthenticationCredentials(
                "{\"accessKey\":\"" + ACCESS_KEY + "\",\"secretKey\":\"" + SECRET_KEY + "\"}");
        return config;
    }

    /** Signs a client's requests with the development credentials: pass it to every producer and consumer. */
    public static RPCHook clientCredentials() {
        return new AclClientRPCHook(new SessionCredentials(ACCESS_KEY, SECRET_KEY));
    }

    private MessageStoreConfig storeConfig(Path store) {
        MessageStoreConfig config = new MessageStoreConfig();
        // every path defaults to a folder under the user's home
        config.setStorePathRootDir(store.toString());
        config.setStorePathCommitLog(store.resolve("commitlog").toString());
        config.setStorePathEpochFile(store.resolve("epochFileCheckpoint").toString());
        config.setStorePathBrokerIdentity(store.resolve("brokerIdentity").toString());
        // the defaults (1 GiB commit log, 100 MiB timer log, 5 M index entries) are sized for production
        config.setMappedFileSizeCommitLog(COMMIT_LOG_FILE_SIZE);
        config.setMappedFileSizeConsumeQueue(CONSUME_QUEUE_FILE_SIZE);
        config.setMappedFileSizeTimerLog(TIMER_LOG_FILE_SIZE);
        config.setMaxHashSlotNum(INDEX_HASH_SLOTS);
        config.setMaxIndexNum(INDEX_ENTRIES);
        config.setTimerWheelEnable(true);
        // each flush compares the whole 38 MB timer wheel byte by byte: every second (the default) that is a fifth of
        // a core while idle; a crash loses nothing, the wheel is rebuilt from the timer log
        config.setTimerFlushIntervalMs(TIMER_FLUSH_INTERVAL_MS);
        // a developer's disk holds much else: delete old commit logs early only when it is nearly full (default 75 %)
        config.setDiskMaxUsedSpaceRatio(95);
        // never opened: MasterOnlyHaService skips the HA accept socket, which would bind every interface
        config.setHaListenPort(brokerPort + 1);
        return config;
    }

    private void createTopics() {
        for (String topic : PRECREATED_TOPICS) {
            broker.getTopicConfigManager()
                    .updateTopicConfig(new TopicConfig(
                            topic, QUEUES_PER_TOPIC, QUEUES_PER_TOPIC, PermName.PERM_READ | PermName.PERM_WRITE));
        }
        registerUntilRouted();
    }

    /**
     * A broker registers only at the name servers its client has already found reachable, and right after its start
     * it has found none: the registration would wait for its first periodic round, 10 s later, and until then every
     * client is told there is no route to any topic. So it registers again until the name server routes every topic.
     */
    private void registerUntilRouted() {
        long deadline = System.nanoTime() + REGISTRATION_PATIENCE_NANOS;
        while (!PRECREATED_TOPICS.stream()
                .allMatch(topic -> nameServer.getRouteInfoManager().pickupTopicRouteData(topic) != null)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the RocketMQ broker did not register at its name server");
            }
            broker.registerBrokerAll(true, false, true);
            try {
                Thread.sleep(REGISTRATION_RETRY_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while the broker registered", e);
            }
        }
    }

    private static NettyServerConfig loopbackServer(int port) {
        NettyServerConfig config = new NettyServerConfig();
        config.setBindAddress(BIND_ADDRESS);
        config.setListenPort(port);
        return config;
    }

    /** Stops the broker only (it unregisters from the name server); takes about 8 s, mostly RocketMQ's fixed waits. */
    public synchronized void stopBroker() {
        if (broker != null) {
            // the revive service of POP consumption (unused here) ends a 4 s scan before it sees the shutdown;
            // standing it down first ends the scan at once
            broker.getAckMessageProcessor().setPopReviveServiceStatus(false);
            broker.shutdown();
            broker = null;
        }
    }

    /**
     * The clients the broker sees in each consumer group, by client id (one per consuming process): to see instances
     * of a service share their groups. Empty while the broker is stopped.
     */
    public synchronized Map<String, Set<String>> consumerClients() {
        Map<String, Set<String>> clients = new TreeMap<>();
        if (broker != null) {
            broker.getConsumerManager()
                    .getConsumerTable()
                    .forEach((group, info) -> clients.put(
                            group,
                            info.getChannelInfoTable().values().stream()
                                    .map(ClientChannelInfo::getClientId)
                                    .collect(Collectors.toCollection(TreeSet::new))));
        }
        return clients;
    }

    public synchronized boolean isBrokerRunning() {
        return broker != null;
    }

    /**
     * Stops the broker and the name server together: each spends most of its shutdown in fixed waits (about 8 and
     * 6 s), and once both go nobody needs the broker to unregister first.
     */
    @Override
    public synchronized void stop() {
        Thread nameServerShutdown = null;
        if (nameServer != null) {
            NamesrvController stopping = nameServer;
            nameServerShutdown = new Thread(stopping::shutdown, "namesrv-shutdown");
            nameServerShutdown.start();
            nameServer = null;
        }
        stopBroker();
        if (nameServerShutdown != null) {
            try {
                nameServerShutdown.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public String address() {
        return namesrvAddress();
    }

    /** The name server's host:port, what clients are configured with. */
    public String namesrvAddress() {
        return BIND_ADDRESS + ":" + nameServerPort;
    }

    public String brokerAddress() {
        return BIND_ADDRESS + ":" + brokerPort;
    }
}
