package com.shop.devstack.checker;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import com.shop.check.CheckBounds;
import com.shop.check.CheckReport;
import com.shop.check.InvariantChecker;
import com.shop.check.ShopDatabases;
import com.shop.devstack.ConsoleCors;
import com.shop.devstack.ServiceSchemas;
import com.shop.infra.EmbeddedMariaDb;
import com.shop.infra.Folders;
import com.shop.infra.FreePorts;
import com.shop.infra.InfrastructureDirectories;
import com.shop.infra.RepositoryRoot;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The verdict over HTTP, on real, migrated service databases: what holds, what is planted to break, and the rules. */
class CheckerServerTest {

    private static final String STOCK_CONSERVED = "stock of each goods = its opening stock + the stock ledger";
    private static final String OUTBOX_SENT = "no outbox row is left unsent past the bound";
    private static final long GOODS = 1001;

    private static final HttpClient http = HttpClient.newHttpClient();
    private static EmbeddedMariaDb mariaDb;
    private static ServiceSchemas schemas;
    private final AtomicInteger runs = new AtomicInteger();
    private final AtomicInteger running = new AtomicInteger();
    private final AtomicInteger mostAtOnce = new AtomicInteger();
    private CheckerServer server;

    @BeforeAll
    static void migratedDatabases() throws Exception {
        Path data = Path.of("target", "checker-server-test").toAbsolutePath();
        Folders.delete(data);
        mariaDb = new EmbeddedMariaDb(
                FreePorts.next(),
                data.resolve("mariadb"),
                RepositoryRoot.find().resolve(InfrastructureDirectories.SHARED_MARIADB_BINARIES));
        mariaDb.start();
        mariaDb.stopOnJvmExit();
        schemas = new ServiceSchemas(mariaDb::jdbcUrl).migrate();
    }

    @AfterAll
    static void stopMariaDb() {
        if (mariaDb != null) {
            mariaDb.stop();
        }
    }

    @AfterEach
    void nothingPlantedStays() {
        if (server != null) {
            server.stop();
        }
        schemas.update("goods", "DELETE FROM trade_goods");
        schemas.update("order", "DELETE FROM trade_mq_producer_temp");
    }

    @Test
    void databasesThatHoldPassEveryInvariant() throws Exception {
        start(Duration.ZERO);

        HttpResponse<String> verdict = get("/checker/verdict");

        assertThat(verdict.statusCode()).isEqualTo(200);
        assertThat(verdict.headers().firstValue("Content-Type")).contains("application/json; charset=UTF-8");
        DocumentContext json = JsonPath.parse(verdict.body());
        assertThat(json.read("$.passed", Boolean.class)).isTrue();
        assertThat(Instant.parse(json.read("$.checkedAt", String.class)))
                .isBetween(Instant.now().minusSeconds(60), Instant.now());
        List<Map<String, Object>> invariants = json.read("$.invariants");
        assertThat(invariants)
                .hasSizeGreaterThanOrEqualTo(25)
                .allSatisfy(invariant -> assertThat(invariant)
                        .containsEntry("holds", true)
                        .containsEntry("violations", 0)
                        .containsEntry("rows", List.of())
                        .containsKey("name"));
    }

    @Test
    void aPlantedViolationIsNamedWithItsRows() throws Exception {
        start(Duration.ZERO);
        schemas.update(
                "goods",
                "INSERT INTO trade_goods (goods_id, goods_name, goods_number, goods_price) VALUES (?, 'tea', 100, 9.5)",
                GOODS);
        // stock taken without its ledger entry
        schemas.update("goods", "UPDATE trade_goods SET goods_number = 99 WHERE goods_id = ?", GOODS);

        DocumentContext json = JsonPath.parse(get("/checker/verdict").body());

        assertThat(json.read("$.passed", Boolean.class)).isFalse();
        List<Map<String, Object>> broken = json.read("$.invariants[?(@.holds == false)]");
        assertThat(broken).singleElement().satisfies(invariant -> {
            assertThat(invariant).containsEntry("name", STOCK_CONSERVED).containsEntry("violations", 1);
            assertThat(invariant.get("rows"))
                    .asInstanceOf(InstanceOfAssertFactories.LIST)
                    .singleElement()
                    .asString()
                    .contains("goods_id=1001", "goods_number=99", "opening_number=100");
        });
    }

    @Test
    void quietWantsEverythingFinishedNow() throws Exception {
        start(Duration.ZERO);
        // waiting a second to be sent: fine for a suite under way, not for a quiet one
        schemas.update(
                "order",
                "INSERT INTO trade_mq_producer_temp (id, group_name, msg_topic, msg_tag, msg_key, msg_body,"
                        + " create_time) VALUES ('m1', 'g', 'shop-order', 'OrderCancelled', '7', '{}',"
                        + " NOW(3) - INTERVAL 1 SECOND)");

        DocumentContext underWay = JsonPath.parse(get("/checker/verdict").body());
        DocumentContext quiet =
                JsonPath.parse(get("/checker/verdict?quiet=true").body());

        assertThat(underWay.read("$.passed", Boolean.class)).isTrue();
        assertThat(quiet.read("$.passed", Boolean.class)).isFalse();
        assertThat(quiet.read("$.invariants[?(@.name == '" + OUTBOX_SENT + "')].violations", List.class))
                .containsExactly(1);
        assertThat(get("/checker/verdict?quiet=false").statusCode()).isEqualTo(200);
    }

    @Test
    void onlyGetIsAnsweredAndOnlyOnItsPath() throws Exception {
        start(Duration.ZERO);

        HttpResponse<String> posted = send("POST", "/checker/verdict");
        HttpResponse<String> unknown = get("/checker/verdicts");
        HttpResponse<String> root = get("/");
        HttpResponse<String> badQuiet = get("/checker/verdict?quiet=yes");

        assertThat(posted.statusCode()).isEqualTo(405);
        assertThat(posted.headers().firstValue("Allow")).contains("GET");
        assertThat(error(posted)).isEqualTo("/checker/verdict takes GET");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(error(unknown)).isEqualTo("no such checker endpoint: /checker/verdicts");
        assertThat(root.statusCode()).isEqualTo(404);
        assertThat(badQuiet.statusCode()).isEqualTo(400);
        assertThat(error(badQuiet)).contains("quiet must be true or false");
        assertThat(runs).as("nothing was checked").hasValue(0);
    }

    @Test
    void databasesThatCannotBeReadAre503AndTriedAgainNextTime() throws Exception {
        ShopDatabases nowhere = ShopDatabases.onOneServer(
                database -> "jdbc:mysql://127.0.0.1:" + FreePorts.next() + "/" + database, "root", "");
        start(nowhere, Duration.ofSeconds(3));

        HttpResponse<String> first = get("/checker/verdict");
        HttpResponse<String> second = get("/checker/verdict");

        assertThat(first.statusCode()).isEqualTo(503);
        assertThat(error(first)).startsWith("the checker could not read the databases: cannot connect to jdbc:mysql");
        assertThat(second.statusCode()).isEqualTo(503);
        assertThat(runs).as("a failure is not kept").hasValue(2);
    }

    @Test
    void aRecentVerdictIsGivenAgainPerBounds() throws Exception {
        start(Duration.ofSeconds(3));

        String first = checkedAt(get("/checker/verdict"));
        String second = checkedAt(get("/checker/verdict"));
        String quiet = checkedAt(get("/checker/verdict?quiet=true"));

        assertThat(second).isEqualTo(first);
        assertThat(quiet).isNotNull();
        assertThat(runs).hasValue(2);
    }

    @Test
    void anOlderVerdictIsNotGivenAgain() throws Exception {
        start(Duration.ofMillis(100));

        String first = checkedAt(get("/checker/verdict"));
        Thread.sleep(200);
        String second = checkedAt(get("/checker/verdict"));

        assertThat(second).isNotEqualTo(first);
        assertThat(runs).hasValue(2);
    }

    @Test
    void requestsArrivingTogetherShareOneRun() throws Exception {
        start(Duration.ofSeconds(3));

        List<String> checkedAt = together(4);

        assertThat(checkedAt).hasSize(4).containsOnly(checkedAt.get(0));
        assertThat(runs).hasValue(1);
    }

    @Test
    void runsNeverOverlapEvenWhenNoneIsReused() throws Exception {
        start(Duration.ZERO);

        List<String> checkedAt = together(3);

        assertThat(checkedAt).hasSize(3).doesNotContainNull();
        assertThat(runs).hasValue(3);
        assertThat(mostAtOnce).hasValue(1);
    }

    @Test
    void listensOnLoopbackUnderItsName() throws Exception {
        start(Duration.ZERO);

        assertThat(server.name()).isEqualTo("invariant checker");
        assertThat(server.address()).isEqualTo("http://127.0.0.1:" + server.port());
        assertThat(server.verdictUrl()).isEqualTo(server.baseUrl() + "/checker/verdict");
        server.start();
        assertThat(server.port()).as("started once").isPositive();
    }

    private void start(Duration reuseFor) throws Exception {
        start(schemas.databases(), reuseFor);
    }

    /** A server whose checker runs are counted, and how many overlap. */
    private void start(ShopDatabases databases, Duration reuseFor) throws Exception {
        InvariantChecker checker = new InvariantChecker(databases);
        Function<CheckBounds, CheckReport> counted = bounds -> {
            runs.incrementAndGet();
            mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
            try {
                return checker.check(bounds);
            } finally {
                running.decrementAndGet();
            }
        };
        server = new CheckerServer(0, new Verdicts(counted, reuseFor), ConsoleCors.none());
        server.start();
    }

    private List<String> together(int requests) {
        List<CompletableFuture<HttpResponse<String>>> sent = IntStream.range(0, requests)
                .mapToObj(i -> http.sendAsync(
                        HttpRequest.newBuilder(URI.create(server.verdictUrl())).build(),
                        HttpResponse.BodyHandlers.ofString()))
                .toList();
        return sent.stream()
                .map(CompletableFuture::join)
                .map(CheckerServerTest::checkedAt)
                .toList();
    }

    private static String checkedAt(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JsonPath.parse(response.body()).read("$.checkedAt", String.class);
    }

    private static String error(HttpResponse<String> response) {
        return JsonPath.parse(response.body()).read("$.error", String.class);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return send("GET", path);
    }

    private HttpResponse<String> send(String method, String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
                        .method(method, HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
