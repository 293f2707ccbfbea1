package com.shop.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ReadyBannerTest {

    private static final Path ROOT = Path.of("/work/shop");

    @Test
    void tellsWhereEverythingIsAndHowToLogIn() {
        String banner =
                ReadyBanner.of(DevStack.create(DevStackOptions.defaults(ROOT).build()));

        assertThat(banner)
                .contains("shop is up in")
                .contains("Web console http://127.0.0.1:8080/")
                .contains("Order web   http://127.0.0.1:8080")
                .contains("POST /api/orders")
                .contains("POST /api/orders/{id}/cancel")
                .contains("GET /api/vending/machines   GET /api/vending/machines/{innerCode}/goods")
                .contains("POST /api/vending/orders")
                .contains("Pay web     http://127.0.0.1:8081")
                .contains("POST /api/payments   GET /api/payments/{id}")
                .contains("POST /pay/notify/wechat")
                .contains("alice / shop-demo, bob / shop-demo; operator admin / shop-admin")
                .contains("curl -s -X POST http://127.0.0.1:8080/api/auth/login")
                .contains("ZooKeeper   127.0.0.1:12181")
                .contains("name server 127.0.0.1:19876")
                .contains("mysql -h 127.0.0.1 -P 13306 -u root")
                .contains("MQTT        tcp://127.0.0.1:11883")
                .contains("Vending     http://127.0.0.1:18091")
                .contains("curl -X POST \"http://127.0.0.1:18091/simulator/machines/01000028/mode?mode=fail\"")
                .contains("Pay sandbox http://127.0.0.1:18090")
                .contains("Alipay      http://127.0.0.1:18090/alipay/gateway.do")
                .contains(
                        "curl -X POST \"http://127.0.0.1:18090/sandbox/pay?code_url=<codeUrl from POST /api/payments>\"")
                .contains("Checker     http://127.0.0.1:18092/checker/verdict")
                .contains("Logs        /work/shop/.devstack/logs");
    }

    @Test
    void pointsIdeUsersAtTheInfrastructureOnly() {
        String banner = ReadyBanner.of(DevStack.create(
                DevStackOptions.defaults(ROOT).infrastructureOnly().build()));

        assertThat(banner)
                .contains("shop infrastructure is up")
                .contains("from your IDE")
                .doesNotContain("Order web")
                .contains("Pay sandbox http://127.0.0.1:18090")
                .contains("Vending     http://127.0.0.1:18091")
                .contains("Checker     http://127.0.0.1:18092/checker/verdict")
                .contains(
                        "ZooKeeper   127.0.0.1:12181   (zkCli: addauth digest shop:shop-development-zookeeper-secret)")
                .doesNotContain("/api/vending");
    }
}
