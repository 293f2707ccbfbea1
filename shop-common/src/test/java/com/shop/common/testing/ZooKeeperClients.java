package com.shop.common.testing;

import com.shop.infra.EmbeddedZooKeeper;
import com.shop.infra.TestInfrastructure;
import java.util.concurrent.TimeUnit;
import org.apache.curator.framework.CuratorFramework;
import org.apache.curator.framework.CuratorFrameworkFactory;
import org.apache.curator.retry.RetryNTimes;

/** Raw clients of the test infrastructure's ZooKeeper: one a stranger, one holding the suite's credentials. */
public final class ZooKeeperClients {

    private ZooKeeperClients() {}

    /** Connected, without credentials: what anyone who reaches ZooKeeper can do. */
    public static CuratorFramework anonymous() throws InterruptedException {
        return started(builder());
    }

    /** Connected with the development credentials the applications use under test. */
    public static CuratorFramework authenticated() throws InterruptedException {
        return started(builder().authorization(EmbeddedZooKeeper.AUTH_SCHEME, EmbeddedZooKeeper.authentication()));
    }

    private static CuratorFrameworkFactory.Builder builder() {
        return CuratorFrameworkFactory.builder()
                .connectString(TestInfrastructure.shared().zooKeeper().address())
                .sessionTimeoutMs(6_000)
                .connectionTimeoutMs(5_000)
                // a refusal must surface, not be retried
                .retryPolicy(new RetryNTimes(0, 0));
    }

    private static CuratorFramework started(CuratorFrameworkFactory.Builder builder) throws InterruptedException {
        CuratorFramework client = builder.build();
        client.start();
        if (!client.blockUntilConnected(10, TimeUnit.SECONDS)) {
            client.close();
            throw new IllegalStateException("ZooKeeper of the test infrastructure unreachable");
        }
        return client;
    }
}
