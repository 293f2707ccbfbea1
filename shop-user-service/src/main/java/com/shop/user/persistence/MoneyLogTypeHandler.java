package com.shop.user.persistence;

import com.shop.common.persistence.CodedEnumTypeHandler;
import com.shop.user.domain.MoneyLogType;

/** Stores {@link MoneyLogType} as its numeric code, the course's {@code money_log_type}. */
public class MoneyLogTypeHandler extends CodedEnumTypeHandler<MoneyLogType> {

    public MoneyLogTypeHandler() {
        super(MoneyLogType::code, MoneyLogType::ofCode);
    }
}
