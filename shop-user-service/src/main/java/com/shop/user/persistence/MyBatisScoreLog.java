package com.shop.user.persistence;

import com.shop.common.ledger.LedgerHistory;
import com.shop.common.ledger.LedgerPhase;
import com.shop.common.ledger.LedgerTable;
import com.shop.common.ledger.RecordedEntry;
import com.shop.user.domain.ScoreLogEntry;
import java.util.List;
import org.springframework.stereotype.Repository;

/** The score log, {@code trade_user_score_log}: one slot per order and phase. */
@Repository
public class MyBatisScoreLog implements LedgerTable<ScoreLogEntry>, LedgerHistory<ScoreLogEntry> {

    private final ScoreLogMapper mapper;

    public MyBatisScoreLog(ScoreLogMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public boolean claim(ScoreLogEntry entry) {
        return mapper.claim(entry) == 1;
    }

    @Override
    public ScoreLogEntry holder(ScoreLogEntry entry) {
        ScoreLogEntry held = mapper.lock(entry.getOrderId(), entry.getPhase());
        if (held == null) {
            throw new IllegalStateException("score-log slot of order " + entry.getOrderId() + " taken but unreadable");
        }
        return held;
    }

    @Override
    public boolean isUndone(ScoreLogEntry forward) {
        return mapper.lock(forward.getOrderId(), LedgerPhase.UNDO) != null;
    }

    @Override
    public List<RecordedEntry<ScoreLogEntry>> entriesOf(long orderId) {
        return mapper.entriesOf(orderId);
    }
}
