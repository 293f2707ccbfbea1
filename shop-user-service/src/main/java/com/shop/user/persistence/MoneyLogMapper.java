package com.shop.user.persistence;

import com.shop.common.ledger.LedgerPhase;
import com.shop.common.ledger.RecordedEntry;
import com.shop.user.domain.MoneyLogEntry;
import com.shop.user.domain.MoneyMovement;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface MoneyLogMapper {

    /** @return 1 when the entry was inserted, 2 when its slot was taken (and is now locked) */
    int claim(MoneyLogEntry entry);

    MoneyLogEntry lock(@Param("orderId") long orderId, @Param("phase") LedgerPhase phase);

    List<MoneyMovement> recent(@Param("userId") long userId, @Param("limit") int limit);
    /** Every entry of the order, with when it was written. */
    List<RecordedEntry<MoneyLogEntry>> entriesOf(@Param("orderId") long orderId);
}
