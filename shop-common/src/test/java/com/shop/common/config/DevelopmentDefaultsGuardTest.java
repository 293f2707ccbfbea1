package com.shop.common.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

class DevelopmentDefaultsGuardTest {

    private final Map<String, Object> configuration = new HashMap<>();
    private final Map<String, Object> environmentVariables = new HashMap<>();

    /** An application's own configuration under the variables it reads, and then shop-common's defaults. */
    private StandardEnvironment environment() {
        StandardEnvironment environment = new StandardEnvironment();
        // the build runs every test in development mode; this test decides for itself
        environment.getPropertySources().remove(StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME);
        environment
                .getPropertySources()
                .replace(
                        StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                        new SystemEnvironmentPropertySource(
                                StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, environmentVariables));
        environment.getPropertySources().addLast(new MapPropertySource("application.yml", configuration));
        new ShopDefaultsEnvironmentPostProcessor().postProcessEnvironment(environment, new SpringApplication());
        return environment;
    }

    private void webEdgeAndPaymentService() {
        configuration.put(
                "shop.security.jwt-secret", "${SHOP_JWT_SECRET:shop-development-secret-change-me-0123456789}");
        configuration.put("shop.pay.wechat.key", "${SHOP_WXPAY_KEY:192006250b4c09247ec02edce69f6a2d}");
        configuration.put("spring.datasource.password", "${SHOP_DB_PASSWORD_PAY:}");
    }

    /** As each service that uses RocketMQ declares its broker credentials. */
    private void serviceUsingRocketMq() {
        configuration.put("shop.rocketmq.acl.access-key", "${SHOP_ROCKETMQ_ACCESS_KEY:shop-development}");
        configuration.put(
                "shop.rocketmq.acl.secret-key", "${SHOP_ROCKETMQ_SECRET_KEY:shop-development-rocketmq-secret}");
    }

    /** As every application declares its ZooKeeper credentials (every one talks to the registry). */
    private void applicationUsingZooKeeper() {
        configuration.put("shop.zookeeper.acl.username", "${SHOP_ZK_USERNAME:shop}");
        configuration.put("shop.zookeeper.acl.password", "${SHOP_ZK_PASSWORD:shop-development-zookeeper-secret}");
    }

    /** As each service with Dubbo providers declares the token they demand. */
    private void serviceProvidingOverDubbo() {
        configuration.put("shop.dubbo.auth.token", "${SHOP_DUBBO_TOKEN:shop-development-dubbo-token}");
    }

    @Test
    void outsideDevelopmentModeNamesEverySettingLeftAtItsDevelopmentDefault() {
        webEdgeAndPaymentService();

        assertThat(DevelopmentDefaultsGuard.offences(environment()))
                .containsExactly(
                        "shop.security.jwt-secret (SHOP_JWT_SECRET) is the development default",
                        "shop.pay.wechat.key (SHOP_WXPAY_KEY) is the development default",
                        "spring.datasource.password (SHOP_DB_PASSWORD_PAY) is empty");
    }

    @Test
    void outsideDevelopmentModeAlipayNeedsAnAppAndKeysOfItsOwn() {
        configuration.put("shop.pay.alipay.app-id", "${SHOP_ALIPAY_APP_ID:2021000148600001}");
        configuration.put("shop.pay.alipay.private-key", "${SHOP_ALIPAY_PRIVATE_KEY:}");
        configuration.put("shop.pay.alipay.public-key", "${SHOP_ALIPAY_PUBLIC_KEY:}");

        assertThat(DevelopmentDefaultsGuard.offences(environment()))
                .containsExactly(
                        "shop.pay.alipay.app-id (SHOP_ALIPAY_APP_ID) is the development default",
                        "shop.pay.alipay.private-key (SHOP_ALIPAY_PRIVATE_KEY) is empty",
                        "shop.pay.alipay.public-key (SHOP_ALIPAY_PUBLIC_KEY) is empty");

        environmentVariables.put("SHOP_ALIPAY_APP_ID", "2021000000000042");
        environmentVariables.put("SHOP_ALIPAY_PRIVATE_KEY", "MIIEvQIBADANBgkqhkiG9w0BAQEFAASC");
        environmentVariables.put("SHOP_ALIPAY_PUBLIC_KEY", "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8A");
        assertThat(DevelopmentDefaultsGuard.offences(environment())).isEmpty();
    }

    @Test
    void refusesToStartAndSaysHowToFixIt() {
        webEdgeAndPaymentService();
        StandardEnvironment environment = environment();

        assertThatThrownBy(() ->
                        new DevelopmentDefaultsGuard().postProcessEnvironment(environment, new SpringApplication()))
                .isInstanceOf(DevelopmentDefaultsException.class)
                .hasMessageContaining("SHOP_JWT_SECRET")
                .hasMessageContaining("SHOP_DEV_MODE=true");
    }

    @Test
    void settingsOfThisDeploymentPass() {
        webEdgeAndPaymentService();
        environmentVariables.put("SHOP_JWT_SECRET", "a-secret-of-this-deployment-0123456789abcdef");
        environmentVariables.put("SHOP_WXPAY_KEY", "0123456789abcdef0123456789abcdef");
        environmentVariables.put("SHOP_DB_PASSWORD_PAY", "s3cret");

        assertThat(DevelopmentDefaultsGuard.offences(environment())).isEmpty();
    }

    @Test
    void aDevelopmentValueSetExplicitlyIsStillADevelopmentValue() {
        webEdgeAndPaymentService();
        environmentVariables.put("SHOP_JWT_SECRET", "a-secret-of-this-deployment-0123456789abcdef");
        environmentVariables.put("SHOP_WXPAY_KEY", "192006250b4c09247ec02edce69f6a2d");
        environmentVariables.put("SHOP_DB_PASSWORD_PAY", "s3cret");

        assertThat(DevelopmentDefaultsGuard.offences(environment()))
                .containsExactly("shop.pay.wechat.key (SHOP_WXPAY_KEY) is the development default");
    }

    /** Refunds need the merchant's certificate; its password is the merchant id unless set, but never empty. */
    @Test
    void outsideDevelopmentModeRefundsNeedTheMerchantCertificate() {
        configuration.put("shop.pay.wechat.mch-id", "${SHOP_WXPAY_MCH_ID:10000100}");
        configuration.put("shop.pay.wechat.refund.cert-path", "${SHOP_WXPAY_CERT_PATH:}");
        configuration.put(
                "shop.pay.wechat.refund.cert-password", "${SHOP_WXPAY_CERT_PASSWORD:${shop.pay.wechat.mch-id}}");
        environmentVariables.put("SHOP_WXPAY_MCH_ID", "1900000109");

        assertThat(DevelopmentDefaultsGuard.offences(environment()))
                .containsExactly("shop.pay.wechat.refund.cert-path (SHOP_WXPAY_CERT_PATH) is empty");

        environmentVariables.put("SHOP_WXPAY_CERT_PATH", "/etc/shop/apiclient_cert.p12");
        assertThat(DevelopmentDefaultsGuard.offences(environment())).isEmpty();

        environmentVariables.put("SHOP_WXPAY_CERT_PASSWORD", " ");
        assertThat(DevelopmentDefaultsGuard.offences(environment()))
                .containsExactly("shop.pay.wechat.refund.cert-password (SHOP_WXPAY_CERT_PASSWORD) is empty");
    }

    /** The goods service's MQTT user: its password has no development default, so only empty is refused. */
    @Test
    void theGoodsServiceNeedsItsOwnMqttPassword() {
        configuration.put("spring.datasource.password", "${SHOP_DB_PASSWORD_GOODS:}");
        configuration.put("shop.mqtt.username", "${SHOP_MQTT_USERNAME:shop-goods-service}");
        configuration.put("shop.mqtt.password", "${SHOP_MQTT_PASSWORD:}");
        environmentVariables.put("SHOP_DB_PASSWORD_GOODS", "s3cret");

        assertThat(DevelopmentDefaultsGuard.offences(environment()))
                .containsExactly("shop.mqtt.password (SHOP_MQTT_PASSWORD) is empty");

        environmentVariables.put("SHOP_MQTT_PASSWORD", "a-broker-password-of-this-deployment");
        assertThat(DevelopmentDefaultsGuard.offences(environment())).isEmpty();

        environmentVariables.put("SHOP_MQTT_PASSWORD", "");
        environmentVariables.put("SHOP_DEV_MODE", "true");
        assertThat(DevelopmentDefaultsGuard.offences(environment())).isEmpty();
    }

    @Test
    void aSettingGivenUnderItsOwnNameIsCheckedForEmptiness() {
        environmentVariables.put("SPRING_DATASOURCE_PASSWORD", " ");
        environmentVariables.put("SHOP_SECURITY_JWT_SECRET", "a-secret-of-this-deployment-0123456789abcdef");

        assertThat(DevelopmentDefaultsGuard.offences(environment()))
                .containsExactly("spring.datasource.password is empty");
    }

    @Test
    void settingsAnApplicationDoesNotDeclareAreNotItsConcern() {
        assertThat(DevelopmentDefaultsGuard.offences(environment())).isEmpty();
    }

    @Test
    void theRocketMqSecretKeyMustBeThisDeploymentsOwn() {
        serviceUsingRocketMq();

        assertThat(DevelopmentDefaultsGuard.offences(environment()))
                .containsExactly("shop.rocketmq.acl.secret-key (SHOP_ROCKETMQ_SECRET_KEY) is the development default");

        environmentVariables.put("SHOP_ROCKETMQ_SECRET_KEY", "");
        assertThat(DevelopmentDefaultsGuard.offences(environment()))
                .containsExactly("shop.rocketmq.acl.secret-key (SHOP_ROCKETMQ_SECRET_KEY) is empty");

        environmentVariables.put("SHOP_ROCKETMQ_ACCESS_KEY", "shop-production");
        environmentVariables.put("SHOP_ROCKETMQ_SECRET_KEY", "a-secret-of-this-deployment-0123456789abcdef");
        assertThat(DevelopmentDefaultsGuard.offences(environment())).isEmpty();
    }

    @Test
    void producersAndListenersSignWithTheServicesRocketMqCredentials() {
        serviceUsingRocketMq();
        environmentVariables.put("SHOP_ROCKETMQ_ACCESS_KEY", "shop-production");
        environmentVariables.put("SHOP_ROCKETMQ_SECRET_KEY", "a-secret-of-this-deployment-0123456789abcdef");

        StandardEnvironment environment = environment();

        for (String client : new String[] {"rocketmq.producer", "rocketmq.consumer"}) {
            assertThat(environment.getProperty(client + ".access-key"))
                    .as(client)
                    .isEqualTo("shop-production");
            assertThat(environment.getProperty(client + ".secret-key"))
                    .as(client)
                    .isEqualTo("a-secret-of-this-deployment-0123456789abcdef");
        }
    }

    @Test
    void theZooKeeperPasswordMustBeThisDeploymentsOwn() {
        applicationUsingZooKeeper();

        assertThat(DevelopmentDefaultsGuard.offences(environment()))
                .containsExactly("shop.zookeeper.acl.password (SHOP_ZK_PASSWORD) is the development default");

        environmentVariables.put("SHOP_ZK_PASSWORD", "");
        assertThat(DevelopmentDefaultsGuard.offences(environment()))
                .containsExactly("shop.zookeeper.acl.password (SHOP_ZK_PASSWORD) is empty");

        environmentVariables.put("SHOP_ZK_PASSWORD", "a-secret-of-this-deployment-0123456789abcdef");
        assertThat(DevelopmentDefaultsGuard.offences(environment())).isEmpty();
    }

    @Test
    void theDevelopmentZooKeeperPasswordSetThroughItsVariableIsStillRefused() {
        applicationUsingZooKeeper();
        environmentVariables.put("SHOP_ZK_USERNAME", "shop");
        environmentVariables.put("SHOP_ZK_PASSWORD", "shop-development-zookeeper-secret");

        assertThat(DevelopmentDefaultsGuard.offences(environment()))
                .containsExactly("shop.zookeeper.acl.password (SHOP_ZK_PASSWORD) is the development default");
    }

    @Test
    void theRegistryClientAuthenticatesWithTheApplicationsZooKeeperCredentials() {
        applicationUsingZooKeeper();
        environmentVariables.put("SHOP_ZK_USERNAME", "shop-production");
        environmentVariables.put("SHOP_ZK_PASSWORD", "a-secret-of-this-deployment-0123456789abcdef");

        StandardEnvironment environment = environment();

        assertThat(environment.getProperty("dubbo.registry.username")).isEqualTo("shop-production");
        assertThat(environment.getProperty("dubbo.registry.password"))
                .isEqualTo("a-secret-of-this-deployment-0123456789abcdef");
    }

    @Test
    void theDubboTokenMustBeThisDeploymentsOwn() {
        serviceProvidingOverDubbo();

        assertThat(DevelopmentDefaultsGuard.offences(environment()))
                .containsExactly("shop.dubbo.auth.token (SHOP_DUBBO_TOKEN) is the development default");

        environmentVariables.put("SHOP_DUBBO_TOKEN", "shop-development-dubbo-token");
        assertThat(DevelopmentDefaultsGuard.offences(environment()))
                .as("set explicitly")
                .containsExactly("shop.dubbo.auth.token (SHOP_DUBBO_TOKEN) is the development default");

        environmentVariables.put("SHOP_DUBBO_TOKEN", " ");
        assertThat(DevelopmentDefaultsGuard.offences(environment()))
                .containsExactly("shop.dubbo.auth.token (SHOP_DUBBO_TOKEN) is empty");

        environmentVariables.put("SHOP_DUBBO_TOKEN", "a-token-of-this-deployment-0123456789abcdef");
        assertThat(DevelopmentDefaultsGuard.offences(environment())).isEmpty();
    }

    @Test
    void providersDemandTheServicesDubboToken() {
        serviceProvidingOverDubbo();
        environmentVariables.put("SHOP_DUBBO_TOKEN", "a-token-of-this-deployment-0123456789abcdef");

        assertThat(environment().getProperty("dubbo.provider.token"))
                .isEqualTo("a-token-of-this-deployment-0123456789abcdef");
    }

    @Test
    void demoDataIsOffOutsideDevelopmentModeAndRefusedWhenTurnedOn() {
        assertThat(environment().getProperty("shop.demo-data.enabled", Boolean.class))
                .isFalse();

        environmentVariables.put("SHOP_DEMO_DATA", "true");

        assertThat(DevelopmentDefaultsGuard.offences(environment()))
                .containsExactly("shop.demo-data.enabled (SHOP_DEMO_DATA) is on");
    }

    @Test
    void developmentModeAllowsTheDefaultsAndTurnsDemoDataOn() {
        webEdgeAndPaymentService();
        serviceUsingRocketMq();
        applicationUsingZooKeeper();
        serviceProvidingOverDubbo();
        environmentVariables.put("SHOP_DEV_MODE", "true");

        StandardEnvironment environment = environment();

        assertThat(DevelopmentDefaultsGuard.offences(environment)).isEmpty();
        assertThat(environment.getProperty("shop.demo-data.enabled", Boolean.class))
                .isTrue();
    }
}
