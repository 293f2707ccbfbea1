package com.shop.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import com.shop.devstack.sandbox.AlipaySandbox;
import com.shop.devstack.vending.VendingServiceClient;
import com.shop.infra.FreePorts;
import com.shop.infra.InfrastructureDirectories;
import com.shop.infra.RepositoryRoot;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code ./shop infra} on free ports: the embedded infrastructure with the simulated platforms beside it, and the
 * environment that points the applications at all of them.
 */
class DevStackInfrastructureTest {

    private static DevStack stack;

    @BeforeAll
    static void startInfrastructureOnly() {
        Path dataRoot = Path.of("target", "devstack-infrastructure-test").toAbsolutePath();
        stack = DevStack.start(DevStackOptions.forTests(RepositoryRoot.find(), dataRoot)
                .infrastructureOnly()
                .stopOnJvmExit(false)
                .build());
    }

    @AfterAll
    static void stopEverything() {
        if (stack != null) {
            DevStackPorts ports = stack.options().ports();
            stack.stop();
            assertThat(ports.listening())
                    .allSatisfy(port -> assertThat(FreePorts.isFree(port))
                            .as("port %d", port)
                            .isTrue());
        }
    }

    @Test
    void theEnvironmentPointsAtTheInfrastructureAndTheSandbox() {
        Map<String, String> environment = stack.environment();

        DevStackPorts ports = stack.options().ports();
        assertThat(environment)
                .containsEntry("SHOP_ZK_ADDRESS", "127.0.0.1:" + ports.zooKeeper())
                .containsEntry("SHOP_MQTT_URL", "tcp://127.0.0.1:" + ports.mqtt())
                .containsEntry("SHOP_WXPAY_BASE_URL", "http://127.0.0.1:" + ports.paymentSandbox())
                .containsEntry(
                        "SHOP_WXPAY_SECAPI_BASE_URL", stack.paymentSandbox().secapiBaseUrl())
                .containsEntry(
                        "SHOP_WXPAY_TRUST_CA_PATH",
                        stack.paymentSandbox().certificates().authorityPem().toString())
                .containsEntry(
                        "SHOP_ALIPAY_GATEWAY_URL", "http://127.0.0.1:" + ports.paymentSandbox() + "/alipay/gateway.do")
                .containsEntry("SHOP_ALIPAY_APP_ID", AlipaySandbox.DEVELOPMENT_APP_ID)
                .containsEntry(
                        "SHOP_ALIPAY_PRIVATE_KEY",
                        stack.paymentSandbox().alipay().keys().merchantPrivateKey())
                .containsEntry(
                        "SHOP_ALIPAY_PUBLIC_KEY",
                        stack.paymentSandbox().alipay().keys().platformPublicKey())
                .containsEntry("SHOP_ALIPAY_NOTIFY_URL", stack.payWebUrl() + "/pay/notify/alipay")
                .containsEntry("SHOP_CONSOLE_SIMULATOR_URL", "http://127.0.0.1:" + ports.machineSimulator())
                .containsEntry("SHOP_CONSOLE_CHECKER_URL", "http://127.0.0.1:" + ports.checker());
        assertThat(stack.infrastructure().directories().mariaDbBase())
                .isEqualTo(RepositoryRoot.find().resolve(InfrastructureDirectories.SHARED_MARIADB_BINARIES));
    }

    @Test
    void thePaymentSandboxAnswersOnItsPort() throws Exception {
        assertThat(stack.paymentSandbox().baseUrl())
                .isEqualTo("http://127.0.0.1:" + stack.options().ports().paymentSandbox());

        HttpResponse<String> trades = get(stack.paymentSandbox().baseUrl() + "/sandbox/trades");

        assertThat(trades.statusCode()).isEqualTo(200);
        assertThat(trades.body()).isEqualTo("[]");
    }

    @Test
    void theMachineSimulatorAnswersDispenseCommandsOnTheBroker() throws Exception {
        assertThat(stack.machineSimulator().baseUrl())
                .isEqualTo("http://127.0.0.1:" + stack.options().ports().machineSimulator());
        try (VendingServiceClient goodsService =
                new VendingServiceClient(stack.infrastructure().mqtt().url())) {
            goodsService.send("01000028", VendingServiceClient.command("infrastructure-1", "01000028", "A1"));

            assertThat(goodsService
                            .nextResult("infrastructure-1", Duration.ofSeconds(10))
                            .json())
                    .as("a demo machine is on from the start")
                    .contains("\"success\":true");
        }
        HttpResponse<String> dispense =
                get(stack.machineSimulator().baseUrl() + "/simulator/dispenses/infrastructure-1");
        assertThat(dispense.statusCode()).isEqualTo(200);
        assertThat(dispense.body()).contains("\"outcome\":\"SUCCEEDED\"");
    }

    @Test
    void theCheckerReadsTheStacksOwnDatabases() throws Exception {
        assertThat(stack.invariantChecker().baseUrl())
                .isEqualTo("http://127.0.0.1:" + stack.options().ports().checker());

        HttpResponse<String> beforeMigrations = get(stack.invariantChecker().verdictUrl());
        new ServiceSchemas(stack.infrastructure()::jdbcUrl).migrate();
        HttpResponse<String> migrated = get(stack.invariantChecker().verdictUrl() + "?quiet=true");

        assertThat(beforeMigrations.statusCode())
                .as("no application has created its tables yet")
                .isEqualTo(503);
        assertThat(beforeMigrations.body()).contains("the checker could not read the databases");
        assertThat(migrated.statusCode()).isEqualTo(200);
        assertThat(migrated.body()).contains("\"passed\":true");
    }

    @Test
    void theWebConsolesOriginMayReadTheControlEndpoints() throws Exception {
        String console = stack.orderWebUrl().replace("127.0.0.1", "localhost");

        HttpResponse<String> machines = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(
                                        URI.create(stack.machineSimulator().baseUrl() + "/simulator/machines"))
                                .header("Origin", console)
                                .build(),
                        HttpResponse.BodyHandlers.ofString());

        assertThat(machines.statusCode()).isEqualTo(200);
        assertThat(machines.headers().firstValue("Access-Control-Allow-Origin")).contains(console);
    }

    private static HttpResponse<String> get(String url) throws Exception {
        return HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
