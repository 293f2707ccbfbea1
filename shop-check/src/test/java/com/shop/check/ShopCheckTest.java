package com.shop.check;

import static org.assertj.core.api.Assertions.assertThat;

import com.shop.infra.TestInfrastructure;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code ./shop check}: the databases from the environment, the verdict printed, the exit status. */
class ShopCheckTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final Map<String, String> environment = new HashMap<>();

    @BeforeEach
    void databasesOfTheTestInfrastructure() {
        CheckedDatabases.migratedAndEmpty();
        new SuiteFixture().goods(SuiteFixture.GOODS, 10).user(SuiteFixture.USER, "20.00");
        for (String service : ShopDatabases.SERVICES) {
            environment.put(
                    "SHOP_DB_URL_" + service.toUpperCase(Locale.ROOT),
                    TestInfrastructure.jdbcUrl(ShopDatabases.databaseOf(service)));
        }
    }

    @Test
    void exitsZeroWhenEveryInvariantHolds() {
        assertThat(run("--quiet")).isZero();
        assertThat(out()).contains("all hold");
    }

    @Test
    void exitsOneAndNamesTheRowOnAViolation() {
        CheckedDatabases.update("goods", "UPDATE trade_goods SET goods_number = 11");

        assertThat(run()).isEqualTo(1);
        assertThat(out()).contains("FAIL  " + StockInvariants.CONSERVED).contains("goods_id=1001 goods_number=11");
    }

    @Test
    void exitsTwoWhenTheDatabasesCannotBeRead() {
        environment.put("SHOP_DB_URL_PAY", "jdbc:mysql://127.0.0.1:1/shop_pay?connectTimeout=2000");

        assertThat(run()).isEqualTo(2);
        assertThat(new String(err.toByteArray(), StandardCharsets.UTF_8)).contains("could not read the databases");
    }

    @Test
    void exitsTwoOnAnUnknownArgument() {
        assertThat(run("--fast")).isEqualTo(2);
        assertThat(new String(err.toByteArray(), StandardCharsets.UTF_8)).contains("unknown argument of check: --fast");
    }

    private int run(String... args) {
        return ShopCheck.run(
                environment,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                args);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }
}
