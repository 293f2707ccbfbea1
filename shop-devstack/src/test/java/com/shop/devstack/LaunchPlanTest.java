package com.shop.devstack;

import static com.shop.devstack.ShopApplication.COUPON_SERVICE;
import static com.shop.devstack.ShopApplication.GOODS_SERVICE;
import static com.shop.devstack.ShopApplication.ORDER_SERVICE;
import static com.shop.devstack.ShopApplication.ORDER_WEB;
import static com.shop.devstack.ShopApplication.PAY_SERVICE;
import static com.shop.devstack.ShopApplication.PAY_WEB;
import static com.shop.devstack.ShopApplication.USER_SERVICE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which applications start when, on which ports, with which command line and environment. */
class LaunchPlanTest {

    private static final Path ROOT = Path.of("/work/shop");

    @Test
    void startsTheSagaParticipantsThenTheOrderServiceThenTheWebs() {
        DevStackOptions options = DevStackOptions.defaults(ROOT).build();

        assertThat(options.startWaves())
                .containsExactly(
                        List.of(GOODS_SERVICE, COUPON_SERVICE, USER_SERVICE, PAY_SERVICE),
                        List.of(ORDER_SERVICE),
                        List.of(ORDER_WEB, PAY_WEB));
    }

    @Test
    void startsOnlyTheChosenApplications() {
        assertThat(DevStackOptions.defaults(ROOT)
                        .applications(List.of(PAY_WEB, GOODS_SERVICE))
                        .build()
                        .startWaves())
                .containsExactly(List.of(GOODS_SERVICE), List.of(PAY_WEB));
        assertThat(DevStackOptions.defaults(ROOT).infrastructureOnly().build().startWaves())
                .isEmpty();
        assertThat(DevStackOptions.defaults(ROOT)
                        .startOrder(StartOrder.ALL_AT_ONCE)
                        .build()
                        .startWaves())
                .hasSize(1);
    }

    @Test
    void keepsItsDataInTheRepositorysDevstackFolder() {
        DevStackOptions options = DevStackOptions.defaults(ROOT).build();

        assertThat(options.dataRoot()).isEqualTo(ROOT.resolve(".devstack"));
        assertThat(options.directories().mariaDbData()).isEqualTo(ROOT.resolve(".devstack/mariadb/data"));
        assertThat(options.directories().mariaDbBase()).isEqualTo(ROOT.resolve(".devstack/mariadb-base"));
        assertThat(options.directories().logs()).isEqualTo(ROOT.resolve(".devstack/logs"));
        assertThat(options.freshData()).isFalse();
    }

    @Test
    void testStacksUseFreshDataAndTheSharedBinaries() {
        DevStackOptions options = DevStackOptions.forTests(ROOT, ROOT.resolve("shop-e2e/target/devstack"))
                .build();

        assertThat(options.freshData()).isTrue();
        assertThat(options.mariaDbBinaries()).isEqualTo(ROOT.resolve(".devstack/mariadb-base"));
        assertThat(options.ports()).isNotEqualTo(DevStackPorts.defaults());
    }

    @Test
    void usesTheDocumentedPortsUnlessTheEnvironmentMovesThem() {
        ApplicationPorts ports =
                ApplicationPorts.defaults(Map.of("SHOP_ORDER_WEB_PORT", "18080", "SHOP_GOODS_SERVICE_PORT", "19102"));

        assertThat(ports.http(ORDER_WEB)).isEqualTo(18080);
        assertThat(ports.http(PAY_WEB)).isEqualTo(8081);
        assertThat(ports.http(GOODS_SERVICE)).isEqualTo(19102);
        assertThat(ports.http(ORDER_SERVICE)).isEqualTo(9101);
        assertThat(ports.dubbo(ORDER_SERVICE)).isEqualTo(21101);
        assertThat(ports.dubbo(ORDER_WEB)).isZero();
        assertThatThrownBy(() -> ApplicationPorts.defaults(Map.of("SHOP_PAY_WEB_PORT", "http")))
                .hasMessageContaining("SHOP_PAY_WEB_PORT must be a TCP port");
    }

    @Test
    void thePaymentSandboxHasItsDocumentedPortAndAFreeOneInTests() {
        assertThat(DevStackPorts.defaults().paymentSandbox()).isEqualTo(18090);
        assertThat(DevStackPorts.defaults().listening()).contains(18090);
        DevStackPorts free = DevStackPorts.free();
        assertThat(free.listening()).contains(free.paymentSandbox());
    }

    @Test
    void givesTheApplicationsThePaymentSandboxAndPayWebsNotifyUrl() {
        Map<String, String> environment =
                DevStack.create(DevStackOptions.defaults(ROOT).build()).environment();

        assertThat(environment)
                .containsEntry("SHOP_WXPAY_BASE_URL", "http://127.0.0.1:18090")
                .containsEntry("SHOP_WXPAY_NOTIFY_URL", "http://127.0.0.1:8081/pay/notify/wechat")
                .containsEntry("SHOP_ZK_ADDRESS", "127.0.0.1:12181");
    }

    @Test
    void letsTheWebConsoleOfOrderWebCallPayWeb() {
        Map<String, String> environment =
                DevStack.create(DevStackOptions.defaults(ROOT).build()).environment();

        assertThat(environment)
                .containsEntry("SHOP_PAY_WEB_URL", "http://127.0.0.1:8081")
                .containsEntry("SHOP_CONSOLE_ORIGINS", "http://127.0.0.1:8080,http://localhost:8080");
    }

    @Test
    void tellsTheWebConsoleWhereTheSimulatorAndTheCheckerAre() {
        Map<String, String> environment =
                DevStack.create(DevStackOptions.defaults(ROOT).build()).environment();

        assertThat(environment)
                .containsEntry("SHOP_CONSOLE_SIMULATOR_URL", "http://127.0.0.1:18091")
                .containsEntry("SHOP_CONSOLE_CHECKER_URL", "http://127.0.0.1:18092");
    }

    @Test
    void theCallersConsoleOriginsWin() {
        DevStackOptions options = DevStackOptions.defaults(ROOT)
                .environment("SHOP_CONSOLE_ORIGINS", "https://console.example")
                .build();

        assertThat(DevStack.create(options).environment())
                .containsEntry("SHOP_CONSOLE_ORIGINS", "https://console.example");
    }

    @Test
    void theCallersEnvironmentOverridesThePaymentSettings() {
        DevStackOptions options = DevStackOptions.defaults(ROOT)
                .environment("SHOP_WXPAY_NOTIFY_URL", "http://127.0.0.1:9999/elsewhere")
                .environment("SHOP_WXPAY_BASE_URL", "http://127.0.0.1:9998")
                .build();

        assertThat(DevStack.create(options).environment())
                .containsEntry("SHOP_WXPAY_NOTIFY_URL", "http://127.0.0.1:9999/elsewhere")
                .containsEntry("SHOP_WXPAY_BASE_URL", "http://127.0.0.1:9998");
    }

    @Test
    void readsTheSandboxNotificationScaleFromTheEnvironment() {
        assertThat(SandboxNotifyScale.from(Map.of())).isEqualTo(1.0 / 15);
        assertThat(SandboxNotifyScale.from(Map.of("SHOP_SANDBOX_NOTIFY_SCALE", "0.0667")))
                .isEqualTo(0.0667);
        assertThat(SandboxNotifyScale.from(Map.of("SHOP_SANDBOX_NOTIFY_SCALE", "1")))
                .isEqualTo(1.0);
        assertThatThrownBy(() -> SandboxNotifyScale.from(Map.of("SHOP_SANDBOX_NOTIFY_SCALE", "0")))
                .hasMessageContaining("SHOP_SANDBOX_NOTIFY_SCALE must be a positive number");
        assertThatThrownBy(() -> SandboxNotifyScale.from(Map.of("SHOP_SANDBOX_NOTIFY_SCALE", "fast")))
                .hasMessageContaining("'fast'");
        assertThat(DevStackOptions.defaults(ROOT)
                        .sandboxNotifyScale(0.5)
                        .build()
                        .sandboxNotifyScale())
                .isEqualTo(0.5);
    }

    @ParameterizedTest
    @ValueSource(strings = {"payment sandbox", "vending machine simulator", "invariant checker"})
    void refusesToStartWhenOneOfItsOwnPortsIsTaken(String server) throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            DevStackOptions options = DevStackOptions.forTests(ROOT, ROOT.resolve("target/port-check"))
                    .ports(freeBut(server, taken.getLocalPort()))
                    .build();

            assertThatThrownBy(() -> PortCheck.requireFree(options))
                    .hasMessageContaining(taken.getLocalPort() + " (" + server + ")");
        }
    }

    /** Free ports, but {@code port} for the server named as the port check names it. */
    private static DevStackPorts freeBut(String server, int port) {
        DevStackPorts free = DevStackPorts.free();
        return new DevStackPorts(
                free.zooKeeper(),
                free.nameServer(),
                free.broker(),
                free.mariaDb(),
                free.mqtt(),
                server.equals("payment sandbox") ? port : free.paymentSandbox(),
                server.equals("vending machine simulator") ? port : free.machineSimulator(),
                server.equals("invariant checker") ? port : free.checker());
    }

    @Test
    void theMachineSimulatorHasItsDocumentedPortAndAFreeOneInTests() {
        assertThat(DevStackPorts.defaults().machineSimulator()).isEqualTo(18091);
        assertThat(DevStackPorts.defaults().listening()).contains(18091);
        DevStackPorts free = DevStackPorts.free();
        assertThat(free.listening()).contains(free.machineSimulator());
        assertThat(DevStack.create(DevStackOptions.defaults(ROOT).build())
                        .machineSimulator()
                        .baseUrl())
                .isEqualTo("http://127.0.0.1:18091");
    }

    @Test
    void theCheckerHasItsDocumentedPortAndAFreeOneInTests() {
        assertThat(DevStackPorts.defaults().checker()).isEqualTo(18092);
        assertThat(DevStackPorts.defaults().listening()).contains(18092);
        DevStackPorts free = DevStackPorts.free();
        assertThat(free.listening()).contains(free.checker());
        assertThat(DevStack.create(DevStackOptions.defaults(ROOT).build())
                        .invariantChecker()
                        .verdictUrl())
                .isEqualTo("http://127.0.0.1:18092/checker/verdict");
    }

    @Test
    void freePortsNeverRepeat() {
        ApplicationPorts ports = ApplicationPorts.free();
        DevStackPorts infrastructure = DevStackPorts.free();

        List<Integer> all = new ArrayList<>(infrastructure.listening());
        for (ShopApplication application : ShopApplication.values()) {
            all.add(ports.http(application));
            if (application.isDubboProvider()) {
                all.add(ports.dubbo(application));
            }
        }
        assertThat(all).doesNotHaveDuplicates();
        assertThat(infrastructure.brokerFastPort()).isEqualTo(infrastructure.broker() - 2);
    }

    @Test
    void launchesTheJarWithTheTunedJvmAndTheInfrastructuresEnvironment() {
        ApplicationLauncher launcher = new ApplicationLauncher(
                ROOT,
                ROOT.resolve(".devstack/logs"),
                ROOT.resolve(".devstack/rocketmq/clients"),
                ROOT.resolve(".devstack/apps"),
                ApplicationPorts.defaults(Map.of()),
                Map.of("SHOP_ZK_ADDRESS", "127.0.0.1:12181", "SHOP_ORDER_UNCONFIRMED_TIMEOUT", "PT10S"),
                Map.of(ORDER_SERVICE, Map.of("SHOP_ORDER_UNCONFIRMED_TIMEOUT", "PT5S")),
                false,
                false);
        Path jar = ROOT.resolve("shop-order-service/target/shop-order-service-0.1.0-SNAPSHOT.jar");

        List<String> command = launcher.command(ORDER_SERVICE, jar);
        assertThat(command.get(0)).contains("java");
        assertThat(command)
                .containsSubsequence(
                        "-Xss512k",
                        "-XX:+UseSerialGC",
                        "-Xmx256m",
                        "-XX:+ExitOnOutOfMemoryError",
                        "--add-opens",
                        "java.base/java.lang=ALL-UNNAMED",
                        "-XX:TieredStopAtLevel=1",
                        "-jar",
                        jar.toString());
        assertThat(command)
                .contains("-Drocketmq.log.root=/work/shop/.devstack/rocketmq/clients/shop-order-service/logs");
        assertThat(launcher.environmentOf(ORDER_SERVICE))
                .containsEntry("SHOP_ZK_ADDRESS", "127.0.0.1:12181")
                .containsEntry("SERVER_PORT", "9101")
                .containsEntry("SHOP_ORDER_SERVICE_PORT", "9101")
                .containsEntry("SHOP_DUBBO_PORT", "21101")
                .containsEntry("SHOP_ORDER_UNCONFIRMED_TIMEOUT", "PT5S");
        assertThat(launcher.environmentOf(GOODS_SERVICE))
                .containsEntry(
                        "SHOP_VENDING_MQTT_STATE_DIR",
                        "/work/shop/.devstack/rocketmq/clients/shop-goods-service/mqtt-state");
        assertThat(launcher.environmentOf(ORDER_WEB))
                .containsEntry("SERVER_PORT", "8080")
                .containsEntry("SHOP_ORDER_UNCONFIRMED_TIMEOUT", "PT10S")
                .doesNotContainKey("SHOP_DUBBO_PORT");
        assertThat(launcher.logFile(PAY_WEB)).isEqualTo(ROOT.resolve(".devstack/logs/shop-pay-web.log"));
    }

    @Test
    void withTheOptimizingJitTheApplicationsCompileHotCodeWithC2() {
        ApplicationLauncher launcher = new ApplicationLauncher(
                ROOT,
                ROOT.resolve(".devstack/logs"),
                ROOT.resolve(".devstack/rocketmq/clients"),
                ROOT.resolve(".devstack/apps"),
                ApplicationPorts.defaults(Map.of()),
                Map.of(),
                Map.of(),
                true,
                true);

        List<String> command = launcher.command(ORDER_SERVICE, ROOT.resolve("shop-order-service.jar"));

        assertThat(command).contains("-XX:+UseSerialGC").doesNotContain("-XX:TieredStopAtLevel=1");
    }

    @Test
    void extraJvmOptionsComeFromOneVariableSplitOnWhitespace() {
        assertThat(ApplicationLauncher.extraOptions(null)).isEmpty();
        assertThat(ApplicationLauncher.extraOptions("  ")).isEmpty();
        assertThat(ApplicationLauncher.extraOptions(" -Xlog:gc  -XX:TieredStopAtLevel=1\n"))
                .containsExactly("-Xlog:gc", "-XX:TieredStopAtLevel=1");
    }

    @Test
    void findsApplicationsByTheirNames() {
        assertThat(ShopApplication.of("shop-order-service")).isEqualTo(ORDER_SERVICE);
        assertThat(ShopApplication.of("pay-web")).isEqualTo(PAY_WEB);
        assertThat(ShopApplication.of("GOODS_SERVICE")).isEqualTo(GOODS_SERVICE);
        assertThat(ORDER_WEB.portVariable()).isEqualTo("SHOP_ORDER_WEB_PORT");
        assertThat(USER_SERVICE.portVariable()).isEqualTo("SHOP_USER_SERVICE_PORT");
        assertThat(PAY_SERVICE.dubboInterface()).contains("com.shop.api.PaymentService");
        assertThatThrownBy(() -> ShopApplication.of("shop-cart")).hasMessageContaining("no shop application named");
    }
}
