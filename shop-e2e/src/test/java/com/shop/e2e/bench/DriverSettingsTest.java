package com.shop.e2e.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.shop.infra.RepositoryRoot;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DriverSettingsTest {

    @Test
    void takesTheDriverPropertiesAndTheIsolationOfTheServicesPools() {
        Map<String, Object> settings = Map.of(
                "spring",
                Map.of(
                        "datasource",
                        Map.of(
                                "hikari",
                                Map.of(
                                        "maximum-pool-size",
                                        20,
                                        "transaction-isolation",
                                        "TRANSACTION_READ_COMMITTED",
                                        "data-source-properties",
                                        Map.of("cachePrepStmts", true, "prepStmtCacheSize", 256)))));

        DriverSettings driver = DriverSettings.of(settings);

        assertThat(driver.driverProperties())
                .containsExactly(Map.entry("cachePrepStmts", "true"), Map.entry("prepStmtCacheSize", "256"));
        assertThat(driver.isolation()).isEqualTo("TRANSACTION_READ_COMMITTED");
        assertThat(driver.connectionProperties("root", ""))
                .containsEntry("user", "root")
                .containsEntry("password", "")
                .containsEntry("cachePrepStmts", "true");
    }

    @Test
    void readsTheSettingsTheServicesShare() {
        DriverSettings driver = DriverSettings.read(RepositoryRoot.find());

        assertThat(driver.driverProperties()).containsKeys("useLocalSessionState", "cachePrepStmts");
    }

    @Test
    void saysWhichSectionIsMissing() {
        assertThatThrownBy(() -> DriverSettings.of(Map.of("spring", Map.of("datasource", Map.of()))))
                .hasMessageContaining("no section hikari");
    }
}
