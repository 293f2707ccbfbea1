package com.shop.user.persistence;

import com.shop.user.domain.MoneyLogType;
import java.sql.CallableStatement;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.apache.ibatis.type.BaseTypeHandler;
import org.apache.ibatis.type.JdbcType;

/** Stores {@link MoneyLogType} as its numeric code, the course's {@code money_log_type}. */
public class MoneyLogTypeHandler extends BaseTypeHandler<MoneyLogType> {

    @Override
    public void setNonNullParameter(PreparedStatement statement, int index, MoneyLogType type, JdbcType jdbcType)
            throws SQLException {
        statement.setInt(index, type.code());
    }

    @Override
    public MoneyLogType getNullableResult(ResultSet resultSet, String column) throws SQLException {
        int code = resultSet.getInt(column);
        return resultSet.wasNull() ? null : MoneyLogType.ofCode(code);
    }

    @Override
    public MoneyLogType getNullableResult(ResultSet resultSet, int index) throws SQLException {
        int code = resultSet.getInt(index);
        return resultSet.wasNull() ? null : MoneyLogType.ofCode(code);
    }

    @Override
    public MoneyLogType getNullableResult(CallableStatement statement, int index) throws SQLException {
        int code = statement.getInt(index);
        return statement.wasNull() ? null : MoneyLogType.ofCode(code);
    }
}
