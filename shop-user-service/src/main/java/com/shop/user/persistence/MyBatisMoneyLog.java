package com.shop.user.persistence;

import com.shop.common.ledger.LedgerHistory;
import com.shop.common.ledger.LedgerPhase;
import com.shop.common.ledger.LedgerTable;
import com.shop.common.ledger.RecordedEntry;
import com.shop.user.domain.MoneyLogEntry;
import com.shop.user.domain.MoneyLogHistory;
import com.shop.user.domain.MoneyMovement;
import java.util.List;
import org.springframework.stereotype.Repository;

/** The money log, {@code trade_user_money_log}: one slot per order and phase. */
@Repository
public class MyBatisMoneyLog implements LedgerTable<MoneyLogEntry>, LedgerHistory<MoneyLogEntry>, MoneyLogHistory {

    private final MoneyLogMapper mapper;

    public MyBatisMoneyLog(MoneyLogMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public boolean claim(MoneyLogEntry entry) {
        return mapper.claim(entry) == 1;
    }

    @Override
    public MoneyLogEntry holder(MoneyLogEntry entry) {
        MoneyLogEntry held = mapper.lock(entry.getOrderId(), entry.getPhase());
        if (held == null) {
            throw new IllegalStateException("money-log slot of order " + entry.getOrderId() + " taken but unreadable");
        }
        return held;
    }

    @Override
    public List<MoneyMovement> recent(long userId, int limit) {
        return mapper.recent(userId, limit);
    }

    @Override
    public boolean isUndone(MoneyLogEntry forward) {
        return mapper.lock(forward.getOrderId(), LedgerPhase.UNDO) != null;
    }

    @Override
    public List<RecordedEntry<MoneyLogEntry>> entriesOf(long orderId) {
        return mapper.entriesOf(orderId);
    }
}
