package com.shop.common.persistence;

import java.sql.CallableStatement;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.function.IntFunction;
import java.util.function.ToIntFunction;
import org.apache.ibatis.type.BaseTypeHandler;
import org.apache.ibatis.type.JdbcType;

/**
 * Stores a status enum as the integer code the schema documents (seeds' {@code order_status}, {@code pay_status}…),
 * never as its name or ordinal. A service subclasses it once per enum, for its MyBatis mappers.
 */
public abstract class CodedEnumTypeHandler<E extends Enum<E>> extends BaseTypeHandler<E> {

    private final ToIntFunction<E> toCode;
    private final IntFunction<E> fromCode;

    protected CodedEnumTypeHandler(ToIntFunction<E> toCode, IntFunction<E> fromCode) {
        this.toCode = toCode;
        this.fromCode = fromCode;
    }

    @Override
    public void setNonNullParameter(PreparedStatement statement, int index, E value, JdbcType jdbcType)
            throws SQLException {
        statement.setInt(index, toCode.applyAsInt(value));
    }

    @Override
    public E getNullableResult(ResultSet resultSet, String column) throws SQLException {
        int code = resultSet.getInt(column);
        return resultSet.wasNull() ? null : fromCode.apply(code);
    }

    @Override
    public E getNullableResult(ResultSet resultSet, int index) throws SQLException {
        int code = resultSet.getInt(index);
        return resultSet.wasNull() ? null : fromCode.apply(code);
    }

    @Override
    public E getNullableResult(CallableStatement statement, int index) throws SQLException {
        int code = statement.getInt(index);
        return statement.wasNull() ? null : fromCode.apply(code);
    }
}
