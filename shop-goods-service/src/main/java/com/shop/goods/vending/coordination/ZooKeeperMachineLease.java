package com.shop.goods.vending.coordination;

import com.alibaba.fastjson2.JSON;
import com.alibaba.fastjson2.JSONException;
import com.alibaba.fastjson2.JSONObject;
import com.shop.goods.vending.domain.MachineLease;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import lombok.extern.slf4j.Slf4j;
import org.apache.curator.framework.CuratorFramework;
import org.apache.zookeeper.CreateMode;
import org.apache.zookeeper.KeeperException;
import org.apache.zookeeper.data.Stat;

/**
 * Machine leases as ZooKeeper nodes {@code <root>/<innerCode>} whose data names the owner order and the expiry
 * ({@code {"orderId":…,"expiresAt":<epoch ms>}}). The nodes are persistent, not ephemeral: a lease belongs to an
 * order, not to the instance that took it, so it outlives that instance's session and restarts, and only its expiry
 * frees a machine an order never let go of.
 *
 * <p>Every change is conditional: creating fails when a lease exists, and taking over an expired lease or releasing
 * one is a write on the version that was read, so two instances racing for the same node never both win, and a
 * release never removes a lease another order took over meanwhile.
 */
@Slf4j
public class ZooKeeperMachineLease implements MachineLease {

    /** A lease released or taken over between two of our calls sends us round again; more means heavy contention. */
    private static final int ATTEMPTS = 3;

    private final CuratorFramework curator;
    private final String root;
    private final Clock clock;

    public ZooKeeperMachineLease(CuratorFramework curator, String root, Clock clock) {
        this.curator = curator;
        this.root = root;
        this.clock = clock;
    }

    @Override
    public boolean take(String innerCode, long orderId, Duration ttl) {
        String path = path(innerCode);
        byte[] lease = encode(orderId, clock.millis() + ttl.toMillis());
        try {
            for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
                if (create(path, lease)) {
                    return true;
                }
                Stat stat = new Stat();
                Optional<Holder> holder = read(path, stat);
                if (holder.isEmpty()) {
                    continue; // released since the create: create again
                }
                if (holder.get().orderId() == orderId) {
                    return true;
                }
                if (holder.get().expiresAt() > clock.millis()) {
                    return false;
                }
                if (replace(path, lease, stat.getVersion())) {
                    log.info(
                            "Machine {} taken over by order {} from order {}, whose lease had expired",
                            innerCode,
                            orderId,
                            holder.get().orderId());
                    return true;
                }
                // another taker replaced or released it first: look again
            }
            return false;
        } catch (Exception e) {
            throw new IllegalStateException(
                    "cannot lease machine " + innerCode + " to order " + orderId + " in ZooKeeper: " + e, e);
        }
    }

    /**
     * Fails at once while ZooKeeper is out of reach rather than waiting for it: every caller has a later chance to
     * release (a message delivered again, the next timer) and the lease's expiry behind that, while a caller held up
     * here holds up what comes after it.
     */
    @Override
    public boolean release(String innerCode, long orderId) {
        String path = path(innerCode);
        if (!curator.getZookeeperClient().isConnected()) {
            throw new IllegalStateException(
                    "cannot release machine " + innerCode + " from order " + orderId + ": not connected to ZooKeeper");
        }
        try {
            Stat stat = new Stat();
            Optional<Holder> holder = read(path, stat);
            if (holder.isEmpty() || holder.get().orderId() != orderId) {
                return false;
            }
            curator.delete().withVersion(stat.getVersion()).forPath(path);
            return true;
        } catch (KeeperException.NoNodeException | KeeperException.BadVersionException gone) {
            return false; // released, or taken over after it expired, since it was read
        } catch (Exception e) {
            throw new IllegalStateException(
                    "cannot release machine " + innerCode + " from order " + orderId + " in ZooKeeper: " + e, e);
        }
    }

    /** The order holding an unexpired lease of the machine, for operators and tests. */
    @Override
    public Optional<Long> holder(String innerCode) {
        try {
            return read(path(innerCode), new Stat())
                    .filter(holder -> holder.expiresAt() > clock.millis())
                    .map(Holder::orderId);
        } catch (Exception e) {
            throw new IllegalStateException("cannot read the lease of machine " + innerCode + ": " + e, e);
        }
    }

    private boolean create(String path, byte[] lease) throws Exception {
        try {
            curator.create()
                    .creatingParentContainersIfNeeded()
                    .withMode(CreateMode.PERSISTENT)
                    .forPath(path, lease);
            return true;
        } catch (KeeperException.NodeExistsException held) {
            return false;
        }
    }

    private boolean replace(String path, byte[] lease, int version) throws Exception {
        try {
            curator.setData().withVersion(version).forPath(path, lease);
            return true;
        } catch (KeeperException.BadVersionException | KeeperException.NoNodeException lostRace) {
            return false;
        }
    }

    /** @return empty when there is no lease; an unreadable one counts as expired, so it cannot lock a machine */
    private Optional<Holder> read(String path, Stat stat) throws Exception {
        byte[] data;
        try {
            data = curator.getData().storingStatIn(stat).forPath(path);
        } catch (KeeperException.NoNodeException free) {
            return Optional.empty();
        }
        try {
            JSONObject json = JSON.parseObject(data);
            if (json != null && json.containsKey("orderId") && json.containsKey("expiresAt")) {
                return Optional.of(new Holder(json.getLongValue("orderId"), json.getLongValue("expiresAt")));
            }
        } catch (JSONException unreadable) {
            // reported below
        }
        log.warn("Lease {} is unreadable; treated as expired", path);
        return Optional.of(new Holder(-1, 0));
    }

    private static byte[] encode(long orderId, long expiresAt) {
        JSONObject json = new JSONObject();
        json.put("orderId", orderId);
        json.put("expiresAt", expiresAt);
        return JSON.toJSONBytes(json);
    }

    private String path(String innerCode) {
        if (innerCode == null || innerCode.isBlank() || innerCode.contains("/")) {
            throw new IllegalArgumentException("not a machine's inner code: '" + innerCode + "'");
        }
        return root + "/" + innerCode;
    }

    private record Holder(long orderId, long expiresAt) {}
}
