package com.shop.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import com.shop.check.ShopDatabases;
import com.shop.devstack.checker.CheckerServer;
import com.shop.devstack.sandbox.MerchantAccount;
import com.shop.devstack.sandbox.PaymentSandbox;
import com.shop.devstack.vending.MachineSimulator;
import com.shop.devstack.vending.Mode;
import com.shop.infra.FreePorts;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The web console's page calling the control endpoints and the checker from its own origin, as a browser does: the console's origins
 * may read the answers, any other origin may not, and a request without an origin (curl) is answered as ever.
 */
class ConsoleCorsTest {

    private static final String CONSOLE = "http://127.0.0.1:8080";
    private static final String CONSOLE_BY_NAME = "http://localhost:8080";
    private static final String ELSEWHERE = "http://attacker.example";
    private static final ConsoleCors CORS = ConsoleCors.allowing(CONSOLE + "," + CONSOLE_BY_NAME);

    private static final HttpClient http = HttpClient.newHttpClient();
    private static PaymentSandbox sandbox;
    private static MachineSimulator simulator;
    private static CheckerServer checker;

    @BeforeAll
    static void startPlatforms() throws Exception {
        sandbox = new PaymentSandbox(0, MerchantAccount.DEVELOPMENT, 1, CORS);
        sandbox.start();
        // no machine switched on: the control endpoints answer without a broker
        simulator = new MachineSimulator(0, "tcp://127.0.0.1:1", Duration.ZERO, CORS);
        simulator.start();
        // databases nobody listens for: the verdict is a 503, which the console must be able to read too
        checker = new CheckerServer(
                0,
                ShopDatabases.onOneServer(
                        database -> "jdbc:mysql://127.0.0.1:" + FreePorts.next() + "/" + database, "root", ""),
                CORS);
        checker.start();
    }

    @AfterAll
    static void stopPlatforms() {
        if (checker != null) {
            checker.stop();
        }
        if (simulator != null) {
            simulator.stop();
        }
        if (sandbox != null) {
            sandbox.stop();
        }
    }

    @Test
    void theConsolesOriginIsEchoedByTheSimulatorAndTheSandbox() throws Exception {
        HttpResponse<String> machines = send("GET", simulator.baseUrl() + "/simulator/machines", CONSOLE_BY_NAME);
        HttpResponse<String> trades = send("GET", sandbox.baseUrl() + "/sandbox/trades", CONSOLE);
        HttpResponse<String> alipayTrades = send("GET", sandbox.baseUrl() + "/alipay/sandbox/trades", CONSOLE);

        assertThat(machines.statusCode()).isEqualTo(200);
        assertThat(allowedOrigin(machines)).isEqualTo(CONSOLE_BY_NAME);
        assertThat(machines.headers().allValues("Vary")).contains("Origin");
        assertThat(trades.statusCode()).isEqualTo(200);
        assertThat(allowedOrigin(trades)).isEqualTo(CONSOLE);
        assertThat(allowedOrigin(alipayTrades)).isEqualTo(CONSOLE);
    }

    @Test
    void aRefusalIsReadableByTheConsoleToo() throws Exception {
        HttpResponse<String> pay = send("POST", sandbox.baseUrl() + "/sandbox/pay?out_trade_no=unknown", CONSOLE);
        HttpResponse<String> mode =
                send("POST", simulator.baseUrl() + "/simulator/machines/01000028/mode?mode=sometimes", CONSOLE);

        assertThat(pay.statusCode()).isEqualTo(404);
        assertThat(allowedOrigin(pay)).isEqualTo(CONSOLE);
        assertThat(mode.statusCode()).isEqualTo(400);
        assertThat(allowedOrigin(mode)).isEqualTo(CONSOLE);
    }

    @Test
    void theConsoleReadsTheCheckersVerdict() throws Exception {
        HttpResponse<String> verdict = send("GET", checker.verdictUrl(), CONSOLE);
        HttpResponse<String> preflight = preflight(checker.verdictUrl(), CONSOLE_BY_NAME);

        assertThat(verdict.statusCode()).isEqualTo(503);
        assertThat(allowedOrigin(verdict)).isEqualTo(CONSOLE);
        assertThat(preflight.statusCode()).isEqualTo(204);
        assertThat(allowedOrigin(preflight)).isEqualTo(CONSOLE_BY_NAME);
    }

    @Test
    void anotherOriginIsRefusedAndChangesNothing() throws Exception {
        HttpResponse<String> machines = send("GET", simulator.baseUrl() + "/simulator/machines", ELSEWHERE);
        HttpResponse<String> trades = send("GET", sandbox.baseUrl() + "/sandbox/trades", ELSEWHERE);
        HttpResponse<String> verdict = send("GET", checker.verdictUrl(), ELSEWHERE);
        HttpResponse<String> jam =
                send("POST", simulator.baseUrl() + "/simulator/machines/01000028/mode?mode=fail", ELSEWHERE);

        for (HttpResponse<String> refused : List.of(machines, trades, verdict, jam)) {
            assertThat(refused.statusCode()).isEqualTo(403);
            assertThat(refused.body()).contains("may not call");
            assertThat(refused.headers().firstValue("Access-Control-Allow-Origin"))
                    .isEmpty();
        }
        assertThat(simulator.machine("01000028").mode()).isEqualTo(Mode.SUCCEED);
    }

    @Test
    void aRequestWithoutOriginIsAnsweredAsBefore() throws Exception {
        HttpResponse<String> trades = send("GET", sandbox.baseUrl() + "/sandbox/trades", null);
        HttpResponse<String> machines = send("GET", simulator.baseUrl() + "/simulator/machines", null);

        assertThat(trades.statusCode()).isEqualTo(200);
        assertThat(trades.body()).isEqualTo("[]");
        assertThat(trades.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        assertThat(machines.statusCode()).isEqualTo(200);
        assertThat(machines.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }

    @Test
    void aPreflightOfTheConsoleIsAnsweredWithTheMethodsAndHeader() throws Exception {
        HttpResponse<String> preflight =
                preflight(simulator.baseUrl() + "/simulator/machines/01000028/mode?mode=fail", CONSOLE);
        HttpResponse<String> sandboxPreflight = preflight(sandbox.baseUrl() + "/sandbox/pay", CONSOLE);

        assertThat(preflight.statusCode()).isEqualTo(204);
        assertThat(allowedOrigin(preflight)).isEqualTo(CONSOLE);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Methods"))
                .contains("GET, POST");
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Headers"))
                .contains("Content-Type");
        assertThat(sandboxPreflight.statusCode()).isEqualTo(204);
        assertThat(allowedOrigin(sandboxPreflight)).isEqualTo(CONSOLE);
        assertThat(simulator.machine("01000028").mode())
                .as("a preflight changes nothing")
                .isEqualTo(Mode.SUCCEED);
    }

    @Test
    void aPreflightOfAnotherOriginIsNotAllowed() throws Exception {
        HttpResponse<String> preflight = preflight(simulator.baseUrl() + "/simulator/reset", ELSEWHERE);

        assertThat(preflight.statusCode()).isEqualTo(403);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin"))
                .isEmpty();
    }

    @Test
    void readsTheOriginsAsTheConsoleSettingListsThem() {
        assertThat(ConsoleCors.allowing(" http://127.0.0.1:8080 ,,http://localhost:8080")
                        .origins())
                .containsExactlyInAnyOrder(CONSOLE, CONSOLE_BY_NAME);
        assertThat(ConsoleCors.allowing("").origins()).isEmpty();
        assertThat(ConsoleCors.none().origins()).isEmpty();
    }

    private static String allowedOrigin(HttpResponse<String> response) {
        return response.headers().firstValue("Access-Control-Allow-Origin").orElse(null);
    }

    private static HttpResponse<String> send(String method, String url, String origin) throws Exception {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create(url)).method(method, HttpRequest.BodyPublishers.noBody());
        if (origin != null) {
            request.header("Origin", origin);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> preflight(String url, String origin) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", origin)
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type")
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
