package com.shop.common.persistence;

import com.shop.pojo.CodedEnum;
import java.sql.CallableStatement;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.apache.ibatis.type.BaseTypeHandler;
import org.apache.ibatis.type.EnumTypeHandler;
import org.apache.ibatis.type.JdbcType;
import org.apache.ibatis.type.TypeHandler;

/**
 * MyBatis's handler for every enum of the services ({@code mybatis.configuration.default-enum-type-handler} in
 * shop-defaults.yml), so no mapper names a handler: a {@link CodedEnum} is stored as its code, any other enum (a
 * ledger's operation, a timeline's event) by its name, as MyBatis stores enums by default.
 */
public class CodedEnumTypeHandler<E extends Enum<E>> extends BaseTypeHandler<E> {

    private final Class<E> type;
    private final TypeHandler<E> byName;

    public CodedEnumTypeHandler(Class<E> type) {
        this.type = type;
        this.byName = CodedEnum.class.isAssignableFrom(type) ? null : new EnumTypeHandler<>(type);
    }

    @Override
    public void setNonNullParameter(PreparedStatement statement, int index, E value, JdbcType jdbcType)
            throws SQLException {
        if (byName != null) {
            byName.setParameter(statement, index, value, jdbcType);
        } else {
            statement.setInt(index, ((CodedEnum) value).code());
        }
    }

    @Override
    public E getNullableResult(ResultSet resultSet, String column) throws SQLException {
        if (byName != null) {
            return byName.getResult(resultSet, column);
        }
        int code = resultSet.getInt(column);
        return resultSet.wasNull() ? null : ofCode(code);
    }

    @Override
    public E getNullableResult(ResultSet resultSet, int index) throws SQLException {
        if (byName != null) {
            return byName.getResult(resultSet, index);
        }
        int code = resultSet.getInt(index);
        return resultSet.wasNull() ? null : ofCode(code);
    }

    @Override
    public E getNullableResult(CallableStatement statement, int index) throws SQLException {
        if (byName != null) {
            return byName.getResult(statement, index);
        }
        int code = statement.getInt(index);
        return statement.wasNull() ? null : ofCode(code);
    }

    @SuppressWarnings({"unchecked", "rawtypes"}) // type is a CodedEnum: the constructor looked
    private E ofCode(int code) {
        return (E) CodedEnum.ofCode((Class) type, code);
    }
}
