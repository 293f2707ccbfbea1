package com.shop.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.shop.check.CheckBounds;
import com.shop.devstack.DevStack;
import com.shop.devstack.ServiceProcess;
import com.shop.devstack.ShopApplication;
import com.shop.e2e.SteadyLoad.Edges;
import com.shop.e2e.support.Invariants;
import com.shop.infra.EmbeddedZooKeeper;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.curator.framework.CuratorFramework;
import org.apache.curator.framework.CuratorFrameworkFactory;
import org.apache.curator.retry.RetryNTimes;
import org.junit.jupiter.api.Test;

/**
 * Every application twice at once, under load through both web edges: the instances share their consumer groups and
 * lease distinct worker ids; then one of each pair is killed mid-load, and the suite goes on, loses nothing it
 * accepted and ends with every invariant true.
 */
class TwoInstancesIT {

    private static final Duration BOTH_SERVING = Duration.ofSeconds(8);
    private static final Duration AFTER_THE_KILL = Duration.ofSeconds(4);
    private static final String WORKER_IDS = "/shop/id-workers";

    private final ShopStack stack = ShopStack.get();
    private final DevStack devStack = stack.devStack();
    private final Invariants invariants = stack.invariants();

    @Test
    void everyApplicationTwiceThenOneOfEachPairKilledMidLoad() throws Exception {
        List<ServiceProcess> second = devStack.startMoreInstances(List.of(ShopApplication.values()));
        try {
            SteadyLoad load = new SteadyLoad(
                            stack,
                            3,
                            List.of(
                                    new Edges(stack.orderWebUrl(), stack.payWebUrl()),
                                    new Edges(
                                            url(second, ShopApplication.ORDER_WEB),
                                            url(second, ShopApplication.PAY_WEB))))
                    .start(4);
            long killedAt;
            try {
                Thread.sleep(BOTH_SERVING.toMillis());
                everyConsumerGroupHasTwoMembers();
                assertThat(workerIdOwners())
                        .as("worker ids leased by the order and pay services")
                        .filteredOn(owner -> owner.startsWith("order-service@"))
                        .hasSize(2);
                assertThat(workerIdOwners())
                        .filteredOn(owner -> owner.startsWith("pay-service@"))
                        .hasSize(2);
                second.forEach(ServiceProcess::kill);
                killedAt = System.nanoTime();
                await().atMost(Duration.ofSeconds(60))
                        .pollInterval(Duration.ofMillis(200))
                        .untilAsserted(() -> assertThat(load.acceptedAnOrderSince(killedAt))
                                .as("orders taken after the kill")
                                .isTrue());
                Thread.sleep(AFTER_THE_KILL.toMillis());
            } finally {
                load.close();
            }
            invariants.holdWithin(FaultsIT.RECOVERY, CheckBounds.quiet());
            load.assertNothingAcceptedWasLost();
        } finally {
            devStack.stopMoreInstances();
        }
    }

    /** Each consumer group of the suite is consumed by both instances of its service. */
    private void everyConsumerGroupHasTwoMembers() {
        await().atMost(Duration.ofSeconds(45)).untilAsserted(() -> {
            Map<String, Set<String>> groups =
                    devStack.infrastructure().rocketMq().consumerClients();
            List<String> suiteGroups = new ArrayList<>();
            groups.forEach((group, clients) -> {
                if (!group.startsWith("e2e-") && !clients.isEmpty()) {
                    suiteGroups.add(group);
                    assertThat(clients).as("consumers of group %s", group).hasSize(2);
                }
            });
            assertThat(suiteGroups).as("the suite's consumer groups").hasSizeGreaterThanOrEqualTo(8);
        });
    }

    private List<String> workerIdOwners() throws Exception {
        try (CuratorFramework zooKeeper = CuratorFrameworkFactory.builder()
                .connectString(devStack.infrastructure().zooKeeper().address())
                .authorization(EmbeddedZooKeeper.AUTH_SCHEME, EmbeddedZooKeeper.authentication())
                .retryPolicy(new RetryNTimes(3, 500))
                .build()) {
            zooKeeper.start();
            assertThat(zooKeeper.blockUntilConnected(10, TimeUnit.SECONDS)).isTrue();
            List<String> owners = new ArrayList<>();
            for (String id : zooKeeper.getChildren().forPath(WORKER_IDS)) {
                owners.add(new String(zooKeeper.getData().forPath(WORKER_IDS + "/" + id), StandardCharsets.UTF_8));
            }
            return owners;
        }
    }

    private static String url(List<ServiceProcess> processes, ShopApplication application) {
        return processes.stream()
                .filter(process -> process.application() == application)
                .map(process -> "http://127.0.0.1:" + process.httpPort())
                .findFirst()
                .orElseThrow();
    }
}
