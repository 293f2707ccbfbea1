package com.shop.order.persistence;

import java.sql.CallableStatement;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.function.IntFunction;
import java.util.function.ToIntFunction;
import org.apache.ibatis.type.BaseTypeHandler;
import org.apache.ibatis.type.JdbcType;

/** Stores a status enum as the TINYINT code the schema documents, never as its name or ordinal. */
abstract class StatusCodeTypeHandler<E extends Enum<E>> extends BaseTypeHandler<E> {

    private final ToIntFunction<E> toCode;
    private final IntFunction<E> fromCode;

    StatusCodeTypeHandler(ToIntFunction<E> toCode, IntFunction<E> fromCode) {
        this.toCode = toCode;
        this.fromCode = fromCode;
    }

    @Override
    public void setNonNullParameter(PreparedStatement statement, int index, E status, JdbcType jdbcType)
            throws SQLException {
        statement.setInt(index, toCode.applyAsInt(status));
    }

    @Override
    public E getNullableResult(ResultSet rs, String columnName) throws SQLException {
        int code = rs.getInt(columnName);
        return rs.wasNull() ? null : fromCode.apply(code);
    }

    @Override
    public E getNullableResult(ResultSet rs, int columnIndex) throws SQLException {
        int code = rs.getInt(columnIndex);
        return rs.wasNull() ? null : fromCode.apply(code);
    }

    @Override
    public E getNullableResult(CallableStatement cs, int columnIndex) throws SQLException {
        int code = cs.getInt(columnIndex);
        return cs.wasNull() ? null : fromCode.apply(code);
    }
}
