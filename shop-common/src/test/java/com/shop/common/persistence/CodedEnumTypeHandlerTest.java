package com.shop.common.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.shop.common.ledger.LedgerPhase;
import com.shop.common.testing.FixtureJdbc;
import com.shop.pojo.order.OrderStatus;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/** The one enum handler, through the real MariaDB driver: a coded enum as its code, any other by its name. */
class CodedEnumTypeHandlerTest {

    private final JdbcTemplate jdbc = FixtureJdbc.of("shop_goods");

    @Test
    void aCodedEnumIsWrittenAndReadAsItsCode() {
        CodedEnumTypeHandler<OrderStatus> handler = new CodedEnumTypeHandler<>(OrderStatus.class);

        assertThat(roundTrip(handler, OrderStatus.CANCELLED)).isEqualTo("2");
        assertThat(readBack(handler, "SELECT 4")).isEqualTo(OrderStatus.REFUNDED);
        assertThat(readBack(handler, "SELECT NULL")).isNull();
    }

    @Test
    void anUnknownCodeIsAnError() {
        CodedEnumTypeHandler<OrderStatus> handler = new CodedEnumTypeHandler<>(OrderStatus.class);

        assertThatThrownBy(() -> readBack(handler, "SELECT 42")).hasMessageContaining("unknown OrderStatus code 42");
    }

    @Test
    void anEnumWithoutACodeIsWrittenAndReadByItsName() {
        CodedEnumTypeHandler<LedgerPhase> handler = new CodedEnumTypeHandler<>(LedgerPhase.class);
        LedgerPhase phase = LedgerPhase.values()[0];

        assertThat(roundTrip(handler, phase)).isEqualTo(phase.name());
        assertThat(readBack(handler, "SELECT '" + phase.name() + "'")).isEqualTo(phase);
    }

    /** @return what the database received, as text */
    private <E extends Enum<E>> String roundTrip(CodedEnumTypeHandler<E> handler, E value) {
        return jdbc.execute((ConnectionCallback<String>) connection -> {
            try (PreparedStatement statement = connection.prepareStatement("SELECT CAST(? AS CHAR)")) {
                handler.setParameter(statement, 1, value, null);
                try (ResultSet result = statement.executeQuery()) {
                    result.next();
                    return result.getString(1);
                }
            }
        });
    }

    private <E extends Enum<E>> E readBack(CodedEnumTypeHandler<E> handler, String select) {
        return jdbc.execute((ConnectionCallback<E>) connection -> {
            try (PreparedStatement statement = connection.prepareStatement(select + " AS v");
                    ResultSet result = statement.executeQuery()) {
                result.next();
                return handler.getResult(result, "v");
            }
        });
    }
}
