package com.shop.user.application;

import com.shop.api.exception.InsufficientBalanceException;
import com.shop.api.exception.InvalidRequestException;
import com.shop.api.exception.ShopException;
import com.shop.api.exception.UserNotFoundException;
import com.shop.common.ledger.LedgerTable;
import com.shop.common.ledger.OrderLedger;
import com.shop.common.ledger.Undo;
import com.shop.user.domain.Money;
import com.shop.user.domain.MoneyLogEntry;
import com.shop.user.domain.UserRepository;
import java.math.BigDecimal;
import lombok.extern.slf4j.Slf4j;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Spending balance on an order and refunding it when the order is cancelled, through the order-keyed money log
 * ({@link OrderLedger}): each happens at most once whatever the number of calls or deliveries, and a payment that
 * arrives after its order was cancelled is refused. A payment is two statements: the money-log entry, then the guarded
 * update of the balance, so the user's row is locked only for that last statement and the commit.
 */
@Slf4j
@Service
public class BalanceManagement {

    private final UserRepository users;
    private final OrderLedger<MoneyLogEntry> moneyLog;

    public BalanceManagement(UserRepository users, LedgerTable<MoneyLogEntry> moneyLogTable) {
        this.users = users;
        this.moneyLog = new OrderLedger<>("money log", moneyLogTable);
    }

    @Transactional
    public void reduceBalance(long orderId, long userId, BigDecimal amount) {
        if (!Money.isValidAmount(amount)) {
            throw new InvalidRequestException(
                    "balance to use must be positive with at most two decimals, was " + amount);
        }
        BigDecimal money = Money.normalize(amount);
        boolean spent = moneyLog.forward(MoneyLogEntry.paid(orderId, userId, money), () -> {
                    if (!users.spendBalance(userId, money)) {
                        throw notSpent(userId, money);
                    }
                })
                .takenOrRepeated();
        log.info("Order {}: {} of user {}'s balance {}", orderId, money, userId, spent ? "spent" : "spent before");
    }

    /** @return what this call gave back to the balance, zero when it gave back nothing */
    @Transactional
    public BigDecimal refundBalance(long orderId, long userId) {
        // the amount and the account come from what was really paid, never from the caller
        Undo<MoneyLogEntry> refund = moneyLog.undo(
                MoneyLogEntry.tombstone(orderId, userId),
                MoneyLogEntry::refunding,
                paid -> users.creditBalance(paid.getUserId(), paid.amountPaid()));
        if (refund.gaveBack() && refund.forward().getUserId() != userId) {
            log.warn(
                    "Order {} was paid by user {} but its cancel names user {}; refunded the payer",
                    orderId,
                    refund.forward().getUserId(),
                    userId);
        }
        return refund.gaveBack() ? refund.forward().amountPaid() : Money.ZERO;
    }

    /** Why the guarded update spent nothing, read now; the exception rolls the money-log entry back with it. */
    private ShopException notSpent(long userId, BigDecimal amount) {
        if (users.findUser(userId).isEmpty()) {
            return new UserNotFoundException("no user with id " + userId);
        }
        return new InsufficientBalanceException("balance of user " + userId + " does not cover " + amount);
    }
}
