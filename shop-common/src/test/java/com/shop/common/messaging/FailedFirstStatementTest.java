package com.shop.common.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A transaction whose first statement fails, as a duplicate key refusing a taken name or a repeated delivery does, is
 * rolled back on the server when the pooled connection is: the failed statement's locks must not go back to the pool
 * with it, where they would hold up inserts next to the key until the connection happened to be used again.
 */
class FailedFirstStatementTest extends MessagingTestBase {

    private static final String INSERT =
            "INSERT INTO trade_mq_producer_temp (id, group_name, msg_topic, msg_tag, msg_key,"
                    + " msg_body, msg_status, attempts, create_time) VALUES (?, 'test', 'shop-order', 'FailedFirstStatement', ?,"
                    + " '{}', 2, 10, NOW(3))";

    @Autowired
    DataSource dataSource;

    private final String id = UUID.randomUUID().toString();

    @AfterEach
    void removeRow() {
        jdbc.update("DELETE FROM trade_mq_producer_temp WHERE id = ?", id);
    }

    @Test
    void itsRollbackReachesTheServerAndReleasesTheLockTheDuplicateCheckTook() throws Exception {
        // parked, so no relay or poller touches it
        jdbc.update(INSERT, id, id);

        try (Connection connection = dataSource.getConnection()) {
            long thread = connectionId(connection);
            assertThatThrownBy(() -> insert(connection)).isInstanceOf(SQLIntegrityConstraintViolationException.class);

            connection.rollback();

            assertThat(openTransactionsOf(connection, thread))
                    .as("InnoDB transactions still open on connection " + thread)
                    .isZero();
        }
    }

    private void insert(Connection connection) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            insert.setString(1, id);
            insert.setString(2, id);
            insert.executeUpdate();
        }
    }

    private static long connectionId(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT CONNECTION_ID()");
                ResultSet row = query.executeQuery()) {
            row.next();
            return row.getLong(1);
        }
    }

    private static int openTransactionsOf(Connection connection, long thread) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT COUNT(*) FROM information_schema.INNODB_TRX WHERE trx_mysql_thread_id = ?")) {
            query.setLong(1, thread);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        }
    }
}
