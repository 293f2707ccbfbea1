package com.shop.user.persistence;

import com.shop.common.ledger.LedgerPhase;
import com.shop.common.ledger.RecordedEntry;
import com.shop.user.domain.ScoreLogEntry;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface ScoreLogMapper {

    /** @return 1 when the entry was inserted, 2 when its slot was taken (and is now locked) */
    int claim(ScoreLogEntry entry);

    ScoreLogEntry lock(@Param("orderId") long orderId, @Param("phase") LedgerPhase phase);

    /** Every entry of the order, with when it was written. */
    List<RecordedEntry<ScoreLogEntry>> entriesOf(@Param("orderId") long orderId);
}
