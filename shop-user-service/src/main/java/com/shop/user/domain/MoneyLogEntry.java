package com.shop.user.domain;

import com.shop.common.ledger.LedgerEntry;
import com.shop.common.ledger.LedgerPhase;
import java.math.BigDecimal;
import lombok.AllArgsConstructor;
import lombok.Data;
import lombok.NoArgsConstructor;

/**
 * One row of the per-order money log ({@code trade_user_money_log}), keyed by order and phase. {@code useMoney} is
 * signed: what the entry did to the balance, so a balance always equals its initial value plus the sum of its entries.
 */
@Data
@NoArgsConstructor
@AllArgsConstructor
public class MoneyLogEntry implements LedgerEntry<MoneyLogEntry> {

    private long userId;
    private long orderId;
    private LedgerPhase phase;
    private MoneyLogType type;
    private BigDecimal useMoney;

    public static MoneyLogEntry paid(long orderId, long userId, BigDecimal amount) {
        return new MoneyLogEntry(userId, orderId, LedgerPhase.FORWARD, MoneyLogType.PAID, amount.negate());
    }

    public static MoneyLogEntry tombstone(long orderId, long userId) {
        return new MoneyLogEntry(userId, orderId, LedgerPhase.FORWARD, MoneyLogType.TOMBSTONE, Money.ZERO);
    }

    /** The refund of this payment: what it took, back to the user who paid it. */
    public MoneyLogEntry refunding() {
        return new MoneyLogEntry(userId, orderId, LedgerPhase.UNDO, MoneyLogType.REFUNDED, amountPaid());
    }

    @Override
    public boolean isTombstone() {
        return type == MoneyLogType.TOMBSTONE;
    }

    /** What a PAID entry took from the balance. */
    public BigDecimal amountPaid() {
        return useMoney.negate();
    }

    @Override
    public boolean isRepeatedBy(MoneyLogEntry step) {
        return type == step.type && userId == step.userId && useMoney.compareTo(step.useMoney) == 0;
    }

    @Override
    public String describe() {
        return amountPaid() + " from the balance of user " + userId;
    }
}
