package com.shop.common.zookeeper;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.curator.framework.CuratorFrameworkFactory;
import org.apache.curator.framework.api.ACLProvider;
import org.apache.zookeeper.ZooDefs;
import org.apache.zookeeper.data.ACL;
import org.springframework.core.env.Environment;

/**
 * The digest credentials every ZooKeeper client of the suite authenticates with ({@code shop.zookeeper.acl.*}, from
 * {@code SHOP_ZK_USERNAME} and {@code SHOP_ZK_PASSWORD}; Dubbo's registry client reads the same through
 * {@code dubbo.registry.username}/{@code password}). What a client built with them creates carries a creator-all ACL:
 * only a client holding the same credentials reads it, changes it or adds below it, so nobody else takes a worker id,
 * a machine's lease or registers a provider.
 */
public final class ZooKeeperCredentials {

    static final String USERNAME = "shop.zookeeper.acl.username";
    static final String PASSWORD = "shop.zookeeper.acl.password";
    private static final String SCHEME = "digest";

    private final String username;
    private final String password;

    public ZooKeeperCredentials(String username, String password) {
        // the digest scheme reads "user:password"; a colon in the user would shift the split
        if (username == null
                || username.isBlank()
                || username.contains(":")
                || password == null
                || password.isBlank()) {
            throw new IllegalStateException("ZooKeeper credentials missing: set " + USERNAME + " (SHOP_ZK_USERNAME, "
                    + "without ':') and " + PASSWORD + " (SHOP_ZK_PASSWORD)");
        }
        this.username = username;
        this.password = password;
    }

    public static ZooKeeperCredentials from(Environment environment) {
        return new ZooKeeperCredentials(environment.getProperty(USERNAME), environment.getProperty(PASSWORD));
    }

    /** Authenticates the client being built, and gives whatever it creates a creator-all ACL. */
    public CuratorFrameworkFactory.Builder applyTo(CuratorFrameworkFactory.Builder builder) {
        return builder.authorization(SCHEME, (username + ":" + password).getBytes(StandardCharsets.UTF_8))
                .aclProvider(new CreatorAll());
    }

    @Override
    public String toString() {
        return "ZooKeeperCredentials[" + username + "]";
    }

    /** Parents created on the way (creatingParentsIfNeeded) get the same ACL as the node itself. */
    private static final class CreatorAll implements ACLProvider {

        @Override
        public List<ACL> getDefaultAcl() {
            return ZooDefs.Ids.CREATOR_ALL_ACL;
        }

        @Override
        public List<ACL> getAclForPath(String path) {
            return ZooDefs.Ids.CREATOR_ALL_ACL;
        }
    }
}
