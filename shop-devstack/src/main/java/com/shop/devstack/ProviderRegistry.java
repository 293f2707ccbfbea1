package com.shop.devstack;

import com.shop.infra.EmbeddedZooKeeper;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.curator.framework.CuratorFramework;
import org.apache.curator.framework.CuratorFrameworkFactory;
import org.apache.curator.retry.ExponentialBackoffRetry;

/** What Dubbo providers have registered in ZooKeeper, under {@code /dubbo/<interface>/providers}. */
final class ProviderRegistry implements AutoCloseable {

    private static final Pattern TIMESTAMP = Pattern.compile("[?&]timestamp=(\\d+)");

    private final CuratorFramework client;

    ProviderRegistry(String zooKeeperAddress) {
        // the registry's nodes can be read only with the suite's credentials (creator-all ACL)
        client = CuratorFrameworkFactory.builder()
                .connectString(zooKeeperAddress)
                .sessionTimeoutMs(15_000)
                .connectionTimeoutMs(3_000)
                .retryPolicy(new ExponentialBackoffRetry(200, 3))
                .authorization(EmbeddedZooKeeper.AUTH_SCHEME, EmbeddedZooKeeper.authentication())
                .build();
        client.start();
    }

    /**
     * Whether a provider exported since the given moment is registered. A provider that was killed stays listed
     * until its ZooKeeper session expires, so only an entry newer than the process counts (Dubbo puts the export
     * time in every provider URL as {@code timestamp=}); an entry without one counts too.
     */
    boolean isRegisteredSince(String dubboInterface, long epochMillis) {
        for (String provider : providers(dubboInterface)) {
            Matcher timestamp = TIMESTAMP.matcher(URLDecoder.decode(provider, StandardCharsets.UTF_8));
            if (!timestamp.find() || Long.parseLong(timestamp.group(1)) >= epochMillis) {
                return true;
            }
        }
        return false;
    }

    List<String> providers(String dubboInterface) {
        String path = "/dubbo/" + dubboInterface + "/providers";
        try {
            if (!client.blockUntilConnected(2, TimeUnit.SECONDS)
                    || client.checkExists().forPath(path) == null) {
                return List.of();
            }
            return client.getChildren().forPath(path);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return List.of();
        } catch (Exception e) {
            // the node may vanish between the two reads, or ZooKeeper be briefly unreachable: ask again later
            return List.of();
        }
    }

    @Override
    public void close() {
        client.close();
    }
}
