package com.shop.common.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.shop.infra.TestInfrastructure;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.apache.curator.framework.CuratorFramework;
import org.apache.curator.framework.CuratorFrameworkFactory;
import org.apache.curator.retry.RetryNTimes;
import org.junit.jupiter.api.Test;

/** Worker ids leased from a real ZooKeeper. */
class ZooKeeperWorkerIdLeaseTest {

    private final String zooKeeper =
            TestInfrastructure.springProperties("order").get("shop.zookeeper-address");
    private final String root = "/lease-test/" + UUID.randomUUID();

    @Test
    void liveInstancesNeverShareAWorkerId() throws Exception {
        Set<Integer> ids = new HashSet<>();
        for (int i = 0; i < 20; i++) {
            CuratorFramework client = client();
            ZooKeeperWorkerIdLease lease = new ZooKeeperWorkerIdLease(client, root, "instance-" + i);
            lease.acquire();
            ids.add(lease.currentWorkerId());
        }

        assertThat(ids).hasSize(20);
    }

    @Test
    void aClosedInstanceFreesItsWorkerId() throws Exception {
        CuratorFramework client = client();
        ZooKeeperWorkerIdLease lease = new ZooKeeperWorkerIdLease(client, root, "leaving");
        lease.acquire();
        int id = lease.currentWorkerId();

        lease.close();
        client.close();

        CuratorFramework observer = client();
        await().atMost(Duration.ofSeconds(10))
                .until(() -> observer.checkExists().forPath(root + "/" + id) == null);
        assertThatThrownBy(lease::currentWorkerId).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aLostSessionStopsIdsUntilTheLeaseIsTakenAgain() throws Exception {
        CuratorFramework client = client();
        ZooKeeperWorkerIdLease lease = new ZooKeeperWorkerIdLease(client, root, "flaky");
        lease.acquire();
        client.getConnectionStateListenable().addListener(lease);
        int before = lease.currentWorkerId();

        // expire the session the way ZooKeeper does after a long partition
        client.getZookeeperClient().getZooKeeper().getTestable().injectSessionExpiration();

        // the lease holds again once its node belongs to the new session
        CuratorFramework observer = client();
        await().atMost(Duration.ofSeconds(30)).ignoreExceptions().until(() -> {
            int now = lease.currentWorkerId();
            return observer.checkExists().forPath(root + "/" + now).getEphemeralOwner()
                    == client.getZookeeperClient().getZooKeeper().getSessionId();
        });
        assertThat(before).isBetween(0, SnowflakeIdGenerator.MAX_WORKER_ID);
    }

    private CuratorFramework client() {
        CuratorFramework client = CuratorFrameworkFactory.builder()
                .connectString(zooKeeper)
                .sessionTimeoutMs(6_000)
                .connectionTimeoutMs(5_000)
                .retryPolicy(new RetryNTimes(20, 200))
                .build();
        client.start();
        return client;
    }
}
