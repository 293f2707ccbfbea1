package com.shop.goods.persistence;

import com.shop.goods.domain.LedgerPhase;
import com.shop.goods.domain.StockLedgerEntry;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface StockLedgerMapper {

    /** @return 1 when inserted, 0 when the slot was already taken */
    int insertIfAbsent(StockLedgerEntry entry);

    StockLedgerEntry lock(@Param("orderId") long orderId, @Param("goodsId") long goodsId,
                          @Param("phase") LedgerPhase phase);
}
