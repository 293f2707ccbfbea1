package com.shop.user.rpc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.shop.common.testing.ZooKeeperClients;
import com.shop.user.UserServiceTestBase;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.curator.framework.CuratorFramework;
import org.apache.zookeeper.KeeperException;
import org.junit.jupiter.api.Test;

/**
 * The provider's registration in ZooKeeper is the suite's alone: Dubbo's registry client authenticates with the
 * application's credentials and puts a creator-all ACL on what it creates, so a stranger can neither read where the
 * providers are nor register a rogue one that callers would then send passwords to.
 */
class UserServiceRegistryAclTest extends UserServiceTestBase {

    private static final String PROVIDERS = "/dubbo/com.shop.api.UserService/providers";

    @Test
    void aClientWithTheCredentialsSeesTheProvider() throws Exception {
        try (CuratorFramework suite = ZooKeeperClients.authenticated()) {
            List<String> providers = suite.getChildren().forPath(PROVIDERS);

            assertThat(providers)
                    .isNotEmpty()
                    .allSatisfy(provider -> assertThat(URLDecoder.decode(provider, StandardCharsets.UTF_8))
                            .startsWith("dubbo://")
                            .contains("com.shop.api.UserService"));
            assertThat(suite.getData().forPath(PROVIDERS + "/" + providers.get(0)))
                    .isNotNull();
        }
    }

    @Test
    void aClientWithoutTheCredentialsNeitherListsNorReadsNorRegistersProviders() throws Exception {
        String registered;
        try (CuratorFramework suite = ZooKeeperClients.authenticated()) {
            registered =
                    PROVIDERS + "/" + suite.getChildren().forPath(PROVIDERS).get(0);
        }
        try (CuratorFramework stranger = ZooKeeperClients.anonymous()) {
            assertThatThrownBy(() -> stranger.getChildren().forPath(PROVIDERS))
                    .isInstanceOf(KeeperException.NoAuthException.class);
            assertThatThrownBy(() -> stranger.getData().forPath(registered))
                    .isInstanceOf(KeeperException.NoAuthException.class);
            assertThatThrownBy(() -> stranger.delete().forPath(registered))
                    .isInstanceOf(KeeperException.NoAuthException.class);
            assertThatThrownBy(() -> stranger.create()
                            .forPath(PROVIDERS + "/" + "dubbo%3A%2F%2F10.0.0.66%3A20880%2Fcom.shop.api.UserService"))
                    .isInstanceOf(KeeperException.NoAuthException.class);
            assertThatThrownBy(() -> stranger.getChildren().forPath("/dubbo"))
                    .isInstanceOf(KeeperException.NoAuthException.class);
        }
    }
}
