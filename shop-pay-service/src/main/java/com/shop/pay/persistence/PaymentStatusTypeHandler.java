package com.shop.pay.persistence;

import com.shop.pojo.pay.PaymentStatus;
import java.sql.CallableStatement;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.apache.ibatis.type.BaseTypeHandler;
import org.apache.ibatis.type.JdbcType;
import org.apache.ibatis.type.MappedTypes;

/** {@code trade_pay.pay_status} holds the status code, not the name. */
@MappedTypes(PaymentStatus.class)
public class PaymentStatusTypeHandler extends BaseTypeHandler<PaymentStatus> {

    @Override
    public void setNonNullParameter(PreparedStatement statement, int index, PaymentStatus status, JdbcType type)
            throws SQLException {
        statement.setInt(index, status.code());
    }

    @Override
    public PaymentStatus getNullableResult(ResultSet resultSet, String column) throws SQLException {
        int code = resultSet.getInt(column);
        return resultSet.wasNull() ? null : PaymentStatus.ofCode(code);
    }

    @Override
    public PaymentStatus getNullableResult(ResultSet resultSet, int index) throws SQLException {
        int code = resultSet.getInt(index);
        return resultSet.wasNull() ? null : PaymentStatus.ofCode(code);
    }

    @Override
    public PaymentStatus getNullableResult(CallableStatement statement, int index) throws SQLException {
        int code = statement.getInt(index);
        return statement.wasNull() ? null : PaymentStatus.ofCode(code);
    }
}
