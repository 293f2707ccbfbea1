package com.shop.user.application;

import com.shop.api.exception.IllegalOrderStateException;
import com.shop.api.exception.InsufficientBalanceException;
import com.shop.api.exception.InvalidRequestException;
import com.shop.api.exception.UserNotFoundException;
import com.shop.user.domain.LedgerPhase;
import com.shop.user.domain.Money;
import com.shop.user.domain.MoneyLogEntry;
import com.shop.user.domain.UserRepository;
import java.math.BigDecimal;
import java.util.Optional;
import lombok.extern.slf4j.Slf4j;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Spending balance on an order and refunding it when the order is cancelled. Every movement is a money-log entry
 * written in the same local transaction as the balance change, under the order's ledger key, so each happens at most
 * once whatever the number of calls or deliveries, and a payment that arrives after its order was cancelled is
 * refused.
 *
 * <p>READ COMMITTED: every decision rests on locking reads and guarded updates, and a locking read of a missing
 * money-log row then takes no gap lock that two racing callers could deadlock on.
 */
@Slf4j
@Service
public class BalanceManagement {

    private final UserRepository users;

    public BalanceManagement(UserRepository users) {
        this.users = users;
    }

    @Transactional(isolation = Isolation.READ_COMMITTED)
    public void reduceBalance(long orderId, long userId, BigDecimal amount) {
        if (!Money.isValidAmount(amount)) {
            throw new InvalidRequestException("balance to use must be positive with at most two decimals, was " + amount);
        }
        BigDecimal money = Money.normalize(amount);
        if (users.findUser(userId).isEmpty()) {
            throw new UserNotFoundException("no user with id " + userId);
        }
        Optional<MoneyLogEntry> taken = claimForwardSlot(MoneyLogEntry.paid(orderId, userId, money));
        if (taken.isPresent()) {
            refuseUnlessRepeat(taken.get(), orderId, userId, money);
            return; // a repeat of a payment already made
        }
        if (!users.spendBalance(userId, money)) {
            // the exception rolls the money-log entry back with it
            throw new InsufficientBalanceException("balance of user " + userId + " does not cover " + money);
        }
    }

    /** @return what this call gave back to the balance, zero when it gave back nothing */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public BigDecimal refundBalance(long orderId, long userId) {
        Optional<MoneyLogEntry> taken = claimForwardSlot(MoneyLogEntry.tombstone(orderId, userId));
        if (taken.isEmpty()) {
            log.info("Order {} cancelled before it paid from the balance; a late payment will be refused", orderId);
            return Money.ZERO;
        }
        MoneyLogEntry forward = taken.get();
        if (forward.isTombstone()) {
            return Money.ZERO;
        }
        // the amount and the account come from what was really paid, never from the caller
        BigDecimal paid = forward.amountPaid();
        long payer = forward.getUserId();
        if (payer != userId) {
            log.warn("Order {} was paid by user {} but its cancel names user {}; refunding {}", orderId, payer, userId,
                    payer);
        }
        if (!users.addMoneyLogEntry(MoneyLogEntry.refunded(orderId, payer, paid))) {
            return Money.ZERO; // already refunded
        }
        users.creditBalance(payer, paid);
        log.info("Refunded {} to user {} for cancelled order {}", paid, payer, orderId);
        return paid;
    }

    /**
     * Writes the entry into the order's empty forward slot and returns empty; when the slot is taken, returns what it
     * holds, locked for the rest of the transaction. The lock comes first: callers meeting on a taken slot queue on
     * its row lock, where an INSERT IGNORE first would give each a shared lock that both then try to upgrade.
     */
    private Optional<MoneyLogEntry> claimForwardSlot(MoneyLogEntry entry) {
        Optional<MoneyLogEntry> taken = users.lockMoneyLogEntry(entry.getOrderId(), LedgerPhase.FORWARD);
        if (taken.isPresent() || users.addMoneyLogEntry(entry)) {
            return taken;
        }
        // another caller filled the slot between the two statements
        return Optional.of(users.lockMoneyLogEntry(entry.getOrderId(), LedgerPhase.FORWARD)
                .orElseThrow(() -> new IllegalStateException("money-log slot of order " + entry.getOrderId()
                        + " taken but unreadable")));
    }

    private void refuseUnlessRepeat(MoneyLogEntry forward, long orderId, long userId, BigDecimal amount) {
        if (forward.isTombstone()) {
            throw new IllegalOrderStateException("order " + orderId + " was cancelled; it cannot pay from the balance")
                    .withOrderId(orderId);
        }
        if (forward.getUserId() != userId || forward.amountPaid().compareTo(amount) != 0) {
            throw new IllegalOrderStateException("order " + orderId + " already paid " + forward.amountPaid()
                    + " from the balance of user " + forward.getUserId()).withOrderId(orderId);
        }
        // a repeat after the refund must not report as paid what the cancel gave back
        if (users.lockMoneyLogEntry(orderId, LedgerPhase.UNDO).isPresent()) {
            throw new IllegalOrderStateException("order " + orderId + " was cancelled; its payment was refunded")
                    .withOrderId(orderId);
        }
    }
}
