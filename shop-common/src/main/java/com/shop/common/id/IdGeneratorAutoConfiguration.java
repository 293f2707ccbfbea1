package com.shop.common.id;

import com.shop.common.zookeeper.ZooKeeperCredentials;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import org.apache.curator.framework.CuratorFramework;
import org.apache.curator.framework.CuratorFrameworkFactory;
import org.apache.curator.retry.ExponentialBackoffRetry;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/** Snowflake ids whose worker id is leased from ZooKeeper. */
@AutoConfiguration
@ConditionalOnClass(CuratorFramework.class)
@ConditionalOnProperty(prefix = "shop.id-generator", name = "enabled", havingValue = "true")
@EnableConfigurationProperties(IdGeneratorProperties.class)
public class IdGeneratorAutoConfiguration {

    @Bean(initMethod = "start", destroyMethod = "close")
    @ConditionalOnMissingBean(name = "shopIdCurator")
    CuratorFramework shopIdCurator(IdGeneratorProperties properties, Environment environment) {
        // authenticated, so the leases it creates are the suite's alone: nobody else can take or free a worker id
        return ZooKeeperCredentials.from(environment)
                .applyTo(CuratorFrameworkFactory.builder())
                .connectString(properties.getZookeeperAddress())
                .sessionTimeoutMs((int) properties.getSessionTimeout().toMillis())
                .connectionTimeoutMs((int) properties.getConnectionTimeout().toMillis())
                .retryPolicy(new ExponentialBackoffRetry(200, 10, 5_000))
                .build();
    }

    @Bean(destroyMethod = "close")
    ZooKeeperWorkerIdLease workerIdLease(
            CuratorFramework shopIdCurator,
            IdGeneratorProperties properties,
            @Value("${spring.application.name:shop}") String applicationName)
            throws Exception {
        if (!shopIdCurator.blockUntilConnected(
                (int) properties.getConnectionTimeout().toSeconds() * 3, java.util.concurrent.TimeUnit.SECONDS)) {
            throw new IllegalStateException(
                    "ZooKeeper at " + properties.getZookeeperAddress() + " unreachable: cannot lease a worker id");
        }
        String owner =
                applicationName + "@" + ManagementFactory.getRuntimeMXBean().getName();
        ZooKeeperWorkerIdLease lease = new ZooKeeperWorkerIdLease(shopIdCurator, properties.getLeaseRoot(), owner);
        lease.acquire();
        shopIdCurator.getConnectionStateListenable().addListener(lease);
        return lease;
    }

    @Bean
    @ConditionalOnMissingBean
    IdGenerator idGenerator(WorkerIdSource workerIdLease) {
        return new SnowflakeIdGenerator(workerIdLease, Clock.systemUTC());
    }
}
