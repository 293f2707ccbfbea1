package com.shop.common.testing;

import com.shop.infra.EmbeddedMariaDb;
import com.shop.infra.TestInfrastructure;
import com.zaxxer.hikari.HikariDataSource;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * JDBC for test fixtures and assertions, on connections of their own that commit every statement. The services'
 * pools keep their connections out of autocommit (a transaction then costs no SET statements), so a JdbcTemplate on
 * them would never commit a write made outside a transaction.
 */
public final class FixtureJdbc {

    private static final Map<String, JdbcTemplate> TEMPLATES = new ConcurrentHashMap<>();

    private FixtureJdbc() {}

    /** @param database a database of the JVM's test infrastructure: {@code shop_goods}, ... */
    public static JdbcTemplate of(String database) {
        return TEMPLATES.computeIfAbsent(database, name -> {
            HikariDataSource dataSource = new HikariDataSource();
            dataSource.setJdbcUrl(TestInfrastructure.jdbcUrl(name));
            dataSource.setUsername(EmbeddedMariaDb.USER);
            dataSource.setPassword(EmbeddedMariaDb.PASSWORD);
            dataSource.setAutoCommit(true);
            dataSource.setMaximumPoolSize(4);
            dataSource.setMinimumIdle(0);
            dataSource.setPoolName("fixtures-" + name);
            return new JdbcTemplate(dataSource);
        });
    }
}
