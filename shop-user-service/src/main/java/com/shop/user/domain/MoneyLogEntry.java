package com.shop.user.domain;

import java.math.BigDecimal;
import lombok.AllArgsConstructor;
import lombok.Data;
import lombok.NoArgsConstructor;

/**
 * One row of the per-order money log ({@code trade_user_money_log}). {@code useMoney} is signed: what the entry did
 * to the balance, so a balance always equals its initial value plus the sum of its entries.
 */
@Data
@NoArgsConstructor
@AllArgsConstructor
public class MoneyLogEntry {

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

    public static MoneyLogEntry refunded(long orderId, long userId, BigDecimal amount) {
        return new MoneyLogEntry(userId, orderId, LedgerPhase.UNDO, MoneyLogType.REFUNDED, amount);
    }

    public boolean isTombstone() {
        return type == MoneyLogType.TOMBSTONE;
    }

    /** What a PAID entry took from the balance. */
    public BigDecimal amountPaid() {
        return useMoney.negate();
    }
}
