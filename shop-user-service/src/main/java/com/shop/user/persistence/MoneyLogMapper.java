package com.shop.user.persistence;

import com.shop.user.domain.LedgerPhase;
import com.shop.user.domain.MoneyLogEntry;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface MoneyLogMapper {

    /** @return 1 when inserted, 0 when the slot was already taken */
    int insertIfAbsent(MoneyLogEntry entry);

    MoneyLogEntry lock(@Param("orderId") long orderId, @Param("phase") LedgerPhase phase);
}
