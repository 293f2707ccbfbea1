package com.shop.goods.persistence;

import com.shop.common.ledger.LedgerPhase;
import com.shop.common.ledger.RecordedEntry;
import com.shop.goods.domain.StockLedgerEntry;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface StockLedgerMapper {

    /** @return 1 when the entry was inserted, 2 when its slot was taken (and is now locked) */
    int claim(StockLedgerEntry entry);

    StockLedgerEntry lock(
            @Param("orderId") long orderId, @Param("goodsId") long goodsId, @Param("phase") LedgerPhase phase);

    /** Every entry of the order, with when it was written. */
    List<RecordedEntry<StockLedgerEntry>> entriesOf(@Param("orderId") long orderId);
}
