package com.shop.user.rpc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.shop.api.ServiceVersions;
import com.shop.api.UserService;
import com.shop.common.testing.ZooKeeperClients;
import com.shop.infra.TestInfrastructure;
import com.shop.user.UserServiceTestBase;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import org.apache.curator.framework.CuratorFramework;
import org.apache.dubbo.common.URL;
import org.apache.dubbo.config.ApplicationConfig;
import org.apache.dubbo.config.ReferenceConfig;
import org.apache.dubbo.metadata.MetadataService;
import org.apache.dubbo.rpc.RpcException;
import org.apache.dubbo.rpc.model.ApplicationModel;
import org.apache.dubbo.rpc.model.FrameworkModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The provider serves only callers carrying its token, which they read from the registry, which only the suite can
 * (digest ACL): a caller that knows the provider's address but not the token is refused.
 */
class UserServiceCallerTokenTest extends UserServiceTestBase {

    private static final String PROVIDERS = "/dubbo/com.shop.api.UserService/providers";

    /** A Dubbo of its own, sharing nothing with the application's: what another host on the network could run. */
    private final ApplicationModel stranger = FrameworkModel.defaultModel().newApplication();

    @AfterEach
    void closeStranger() {
        stranger.destroy();
    }

    @Test
    void theProviderRegistersWithTheServicesToken() throws Exception {
        assertThat(registeredProvider().getParameter("token"))
                .isEqualTo(TestInfrastructure.springProperties("user").get("shop.dubbo.auth.token"));
    }

    @Test
    void aCallerWithoutTheTokenIsRefused() throws Exception {
        URL provider = registeredProvider();
        UserService users = reference(UserService.class, "dubbo://" + provider.getAddress(), ServiceVersions.V1);

        assertThatThrownBy(() -> users.authenticate("alice", "shop-demo"))
                .isInstanceOf(RpcException.class)
                .hasMessageContaining("Invalid token");
    }

    @Test
    void aCallerWithAWrongTokenIsRefused() throws Exception {
        URL provider = registeredProvider();
        UserService users = reference(
                UserService.class,
                "dubbo://" + provider.getAddress() + "?token=" + provider.getParameter("token") + "x",
                ServiceVersions.V1);

        assertThatThrownBy(() -> users.getUser(1))
                .isInstanceOf(RpcException.class)
                .hasMessageContaining("Invalid token");
    }

    @Test
    void aCallerWithTheTokenFromTheRegistryIsServed() throws Exception {
        URL provider = registeredProvider();
        UserService users = reference(
                UserService.class,
                "dubbo://" + provider.getAddress() + "?token=" + provider.getParameter("token"),
                ServiceVersions.V1);

        assertThat(users.authenticate("alice", "shop-demo").getUserName()).isEqualTo("alice");
    }

    /**
     * Providers register per interface, so Dubbo exports no metadata service beside them; were it exported (instance
     * registration), its answer would list the providers' URLs with their tokens to anyone.
     */
    @Test
    void noMetadataServiceGivesTheTokenAway() throws Exception {
        URL provider = registeredProvider();
        MetadataService metadata = reference(
                MetadataService.class,
                "dubbo://" + provider.getAddress() + "?group=user-service",
                MetadataService.VERSION);

        String answer;
        try {
            answer = String.valueOf(metadata.getExportedURLs());
        } catch (RpcException notExported) {
            answer = notExported.getMessage();
        }

        assertThat(answer).doesNotContain(provider.getParameter("token"));
    }

    /** The provider as the suite sees it, read from the registry with the suite's credentials. */
    private static URL registeredProvider() throws Exception {
        try (CuratorFramework suite = ZooKeeperClients.authenticated()) {
            String entry = suite.getChildren().forPath(PROVIDERS).get(0);
            return URL.valueOf(URLDecoder.decode(entry, StandardCharsets.UTF_8));
        }
    }

    private <T> T reference(Class<T> type, String url, String version) {
        stranger.getApplicationConfigManager().setApplication(new ApplicationConfig("stranger"));
        ReferenceConfig<T> reference = new ReferenceConfig<>(stranger.newModule());
        reference.setInterface(type);
        reference.setVersion(version);
        reference.setUrl(url);
        reference.setTimeout(5000);
        reference.setRetries(0);
        reference.setCheck(false);
        return reference.get();
    }
}
