package com.shop.goods.vending.coordination;

import static org.assertj.core.api.Assertions.assertThat;

import com.shop.infra.TestInfrastructure;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.curator.framework.CuratorFramework;
import org.apache.curator.framework.CuratorFrameworkFactory;
import org.apache.curator.retry.RetryNTimes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Machine leases in the real (embedded) ZooKeeper, each client standing for one instance of the goods service. */
class ZooKeeperMachineLeaseTest {

    private static final Duration LONG = Duration.ofMinutes(15);
    private static final String MACHINE = "01000028";

    private final String zooKeeper =
            TestInfrastructure.springProperties("goods").get("shop.zookeeper-address");
    private final String root = "/lease-test/" + UUID.randomUUID();
    private final List<CuratorFramework> clients = new ArrayList<>();

    @AfterEach
    void closeClients() {
        clients.forEach(CuratorFramework::close);
    }

    @Test
    void aMachineIsLeasedToOneOrderAtATime() {
        ZooKeeperMachineLease lease = lease();

        assertThat(lease.take(MACHINE, 1, LONG)).isTrue();
        assertThat(lease.take(MACHINE, 1, LONG)).as("the owner again").isTrue();
        assertThat(lease.take(MACHINE, 2, LONG)).isFalse();
        assertThat(lease.take("01000029", 2, LONG)).as("another machine").isTrue();
        assertThat(lease.holder(MACHINE)).contains(1L);
    }

    @Test
    void onlyTheOwnerReleasesALease() {
        ZooKeeperMachineLease lease = lease();
        lease.take(MACHINE, 1, LONG);

        assertThat(lease.release(MACHINE, 2)).isFalse();
        assertThat(lease.holder(MACHINE)).contains(1L);

        assertThat(lease.release(MACHINE, 1)).isTrue();
        assertThat(lease.release(MACHINE, 1)).as("released already").isFalse();
        assertThat(lease.holder(MACHINE)).isEmpty();
        assertThat(lease.take(MACHINE, 2, LONG)).isTrue();
    }

    @Test
    void anExpiredLeaseGoesToTheNextOrderAndItsOldOwnerCannotReleaseIt() throws Exception {
        ZooKeeperMachineLease lease = lease();
        assertThat(lease.take(MACHINE, 1, Duration.ofMillis(200))).isTrue();
        assertThat(lease.take(MACHINE, 2, LONG)).isFalse();

        Thread.sleep(300);

        assertThat(lease.holder(MACHINE)).isEmpty();
        assertThat(lease.take(MACHINE, 2, LONG)).isTrue();
        assertThat(lease.release(MACHINE, 1)).isFalse();
        assertThat(lease.holder(MACHINE)).contains(2L);
    }

    @Test
    void aLeaseOutlivesTheInstanceThatTookIt() {
        CuratorFramework first = client();
        new ZooKeeperMachineLease(first, root, Clock.systemUTC()).take(MACHINE, 1, LONG);
        first.close();

        ZooKeeperMachineLease restarted = lease();

        assertThat(restarted.holder(MACHINE)).contains(1L);
        assertThat(restarted.take(MACHINE, 2, LONG)).isFalse();
        assertThat(restarted.release(MACHINE, 1)).isTrue();
    }

    @Test
    void concurrentTakersFromManyInstancesGetOneLease() throws Exception {
        assertThat(race(16, order -> lease().take(MACHINE, order, LONG))).isEqualTo(1);
    }

    @Test
    void concurrentTakersOfAnExpiredLeaseGetOneLease() throws Exception {
        lease().take(MACHINE, 0, Duration.ofMillis(1));
        Thread.sleep(20);

        assertThat(race(16, order -> lease().take(MACHINE, order, LONG))).isEqualTo(1);
    }

    @Test
    void anUnreadableLeaseCountsAsExpired() throws Exception {
        CuratorFramework client = client();
        client.create()
                .creatingParentsIfNeeded()
                .forPath(root + "/" + MACHINE, "garbage".getBytes(StandardCharsets.UTF_8));
        ZooKeeperMachineLease lease = new ZooKeeperMachineLease(client, root, Clock.systemUTC());

        assertThat(lease.take(MACHINE, 7, LONG)).isTrue();
        assertThat(lease.holder(MACHINE)).contains(7L);
    }

    /** Each taker is an instance of its own with an order of its own. @return how many got the lease */
    private int race(int takers, OrderTask task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(takers);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Boolean>> results = new ArrayList<>();
        for (int i = 1; i <= takers; i++) {
            long order = i;
            Callable<Boolean> take = () -> {
                start.await();
                return task.run(order);
            };
            results.add(pool.submit(take));
        }
        start.countDown();
        int won = 0;
        for (Future<Boolean> result : results) {
            won += result.get() ? 1 : 0;
        }
        pool.shutdown();
        return won;
    }

    private ZooKeeperMachineLease lease() {
        return new ZooKeeperMachineLease(client(), root, Clock.systemUTC());
    }

    private synchronized CuratorFramework client() {
        CuratorFramework client = CuratorFrameworkFactory.builder()
                .connectString(zooKeeper)
                .sessionTimeoutMs(10_000)
                .connectionTimeoutMs(5_000)
                .retryPolicy(new RetryNTimes(10, 100))
                .build();
        client.start();
        clients.add(client);
        return client;
    }

    @FunctionalInterface
    private interface OrderTask {
        boolean run(long orderId) throws Exception;
    }
}
