package com.shop.common.id;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.ThreadLocalRandom;
import lombok.extern.slf4j.Slf4j;
import org.apache.curator.framework.CuratorFramework;
import org.apache.curator.framework.state.ConnectionState;
import org.apache.curator.framework.state.ConnectionStateListener;
import org.apache.zookeeper.CreateMode;
import org.apache.zookeeper.KeeperException;
import org.apache.zookeeper.data.Stat;

/**
 * Leases a worker id as an ephemeral ZooKeeper node {@code <root>/<id>}: the node exists exactly as long as this
 * instance's session, so two live instances never hold the same id.
 *
 * <p>While the connection is suspended or lost the lease is treated as gone (the session may expire and the id
 * be taken by another instance), and ids are refused until the lease is confirmed or taken again.
 */
@Slf4j
public final class ZooKeeperWorkerIdLease implements WorkerIdSource, ConnectionStateListener, AutoCloseable {

    private final CuratorFramework curator;
    private final String root;
    private final String owner;
    private volatile int workerId = -1;
    private volatile boolean held;

    public ZooKeeperWorkerIdLease(CuratorFramework curator, String root, String owner) {
        this.curator = curator;
        this.root = root;
        this.owner = owner;
    }

    /** Takes a free worker id; call once after the client started. */
    public synchronized void acquire() throws Exception {
        int start = ThreadLocalRandom.current().nextInt(SnowflakeIdGenerator.MAX_WORKER_ID + 1);
        for (int i = 0; i <= SnowflakeIdGenerator.MAX_WORKER_ID; i++) {
            int candidate = (start + i) % (SnowflakeIdGenerator.MAX_WORKER_ID + 1);
            try {
                curator.create()
                        .creatingParentContainersIfNeeded()
                        .withMode(CreateMode.EPHEMERAL)
                        .forPath(path(candidate), owner.getBytes(StandardCharsets.UTF_8));
                workerId = candidate;
                held = true;
                log.info("Leased worker id {} at {}", candidate, path(candidate));
                return;
            } catch (KeeperException.NodeExistsException taken) {
                // another instance holds it; try the next one
            }
        }
        throw new IllegalStateException("every worker id under " + root + " is leased");
    }

    @Override
    public int currentWorkerId() {
        if (!held) {
            throw new IllegalStateException("no worker id lease held right now (registry connection lost)");
        }
        return workerId;
    }

    @Override
    public void stateChanged(CuratorFramework client, ConnectionState newState) {
        switch (newState) {
            case SUSPENDED, LOST -> held = false;
            case RECONNECTED -> reclaim();
            default -> {
                // CONNECTED and READ_ONLY change nothing for the lease
            }
        }
    }

    private synchronized void reclaim() {
        try {
            Stat stat = workerId < 0 ? null : curator.checkExists().forPath(path(workerId));
            long session = curator.getZookeeperClient().getZooKeeper().getSessionId();
            if (stat != null && stat.getEphemeralOwner() == session) {
                held = true;
            } else {
                log.warn("Worker id lease {} was lost with the session; leasing again", workerId);
                acquire();
            }
        } catch (Exception e) {
            log.error("Could not confirm the worker id lease; ids are refused until the next reconnect", e);
        }
    }

    private String path(int id) {
        return root + "/" + id;
    }

    @Override
    public synchronized void close() {
        held = false;
        if (workerId >= 0 && curator.getZookeeperClient().isConnected()) {
            try {
                curator.delete().quietly().forPath(path(workerId));
            } catch (Exception e) {
                log.debug("Worker id node left to expire with the session", e);
            }
        }
    }
}
