package com.shop.goods.vending.coordination;

import com.shop.common.zookeeper.ZooKeeperCredentials;
import com.shop.goods.vending.application.VendingProperties;
import java.time.Clock;
import org.apache.curator.framework.CuratorFramework;
import org.apache.curator.framework.CuratorFrameworkFactory;
import org.apache.curator.retry.BoundedExponentialBackoffRetry;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

@Configuration(proxyBeanMethods = false)
class CoordinationConfiguration {

    /**
     * A client of its own: the goods service mints no ids, so shop-common's (for worker-id leases) is not there to
     * share, and Dubbo's registry keeps its client to itself. Leases are taken while a caller waits on
     * {@code reserve} (3 s at the order service), so an unreachable ZooKeeper fails a call within about that rather
     * than retrying for long. It authenticates, so the leases it creates are the suite's alone: nobody else can take,
     * extend or free a machine.
     */
    @Bean(initMethod = "start", destroyMethod = "close")
    CuratorFramework vendingCurator(
            @Value("${shop.zookeeper-address}") String zooKeeperAddress, Environment environment) {
        return ZooKeeperCredentials.from(environment)
                .applyTo(CuratorFrameworkFactory.builder())
                .connectString(zooKeeperAddress)
                .sessionTimeoutMs(15_000)
                .connectionTimeoutMs(1_000)
                .retryPolicy(new BoundedExponentialBackoffRetry(100, 400, 2))
                .build();
    }

    @Bean
    ZooKeeperMachineLease machineLease(CuratorFramework vendingCurator, VendingProperties properties, Clock clock) {
        return new ZooKeeperMachineLease(vendingCurator, properties.getLeaseRoot(), clock);
    }
}
