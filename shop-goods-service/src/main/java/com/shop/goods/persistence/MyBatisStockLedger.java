package com.shop.goods.persistence;

import com.shop.common.ledger.LedgerHistory;
import com.shop.common.ledger.LedgerPhase;
import com.shop.common.ledger.LedgerTable;
import com.shop.common.ledger.RecordedEntry;
import com.shop.goods.domain.StockLedgerEntry;
import java.util.List;
import org.springframework.stereotype.Repository;

/** The stock ledger table, {@code trade_goods_number_log}: one slot per order, goods and phase. */
@Repository
public class MyBatisStockLedger implements LedgerTable<StockLedgerEntry>, LedgerHistory<StockLedgerEntry> {

    private final StockLedgerMapper mapper;

    public MyBatisStockLedger(StockLedgerMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public boolean claim(StockLedgerEntry entry) {
        return mapper.claim(entry) == 1;
    }

    @Override
    public StockLedgerEntry holder(StockLedgerEntry entry) {
        StockLedgerEntry held = mapper.lock(entry.getOrderId(), entry.getGoodsId(), entry.getPhase());
        if (held == null) {
            throw new IllegalStateException(
                    "stock ledger slot of order " + entry.getOrderId() + " taken but unreadable");
        }
        return held;
    }

    @Override
    public boolean isUndone(StockLedgerEntry forward) {
        return mapper.lock(forward.getOrderId(), forward.getGoodsId(), LedgerPhase.UNDO) != null;
    }

    @Override
    public List<RecordedEntry<StockLedgerEntry>> entriesOf(long orderId) {
        return mapper.entriesOf(orderId);
    }
}
