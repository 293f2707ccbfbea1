package com.shop.order.application;

import com.shop.order.domain.Order;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import lombok.Data;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.convert.DurationUnit;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/**
 * Settings of the order service ({@code shop.order.*}). Checked as they are bound ({@link #validate}): settings whose
 * time budgets do not fit one another stop the service at start, before it confirms a single order.
 */
@Data
@ConfigurationProperties("shop.order")
public class OrderProperties implements Validator {

    /**
     * How long an order may stay unconfirmed before the sweeper cancels it (its saga crashed or hung). Must be above
     * the longest its callers wait for a confirmation ({@link Calls#getConfirmBudget()}), or the sweeper cancels
     * orders whose saga is still running.
     */
    private Duration unconfirmedTimeout = Duration.ofSeconds(60);
    /** How often the sweeper looks for such orders. */
    private Duration sweepInterval = Duration.ofSeconds(10);
    /** At most this many orders are cancelled per sweep; the rest wait for the next one. */
    private int sweepBatchSize = 100;
    /**
     * How long a confirmed order may stay unpaid: then its payment is closed and the order becomes invalid. A bare
     * number counts seconds ({@code 30}); units may be given ({@code 30s}, {@code 10m}).
     */
    @DurationUnit(ChronoUnit.SECONDS)
    private Duration paymentTimeout = Duration.ofMinutes(10);
    /**
     * How long a confirmed vending order may stay unpaid: its machine is held for it meanwhile, so much shorter than
     * {@link #paymentTimeout}. The goods service's machine lease outlives it by the dispense timeout.
     */
    @DurationUnit(ChronoUnit.SECONDS)
    private Duration vendingPaymentTimeout = Duration.ofMinutes(2);
    /**
     * At most this many orders awaiting payment per user: more are refused ({@code TOO_MANY_UNPAID_ORDERS}), so no one
     * account holds stock hostage. Zero means no limit (load tests).
     */
    private int maxUnpaid = 10;
    /** How often the payment sweeper looks for orders whose time to pay ran out. */
    private Duration paymentSweepInterval = Duration.ofSeconds(2);
    /** At most this many overdue orders are taken on per sweep; a full batch is followed by another at once. */
    private int paymentSweepBatchSize = 100;
    /** Overdue orders closed at once: each close asks the pay service, which asks the payment platform. */
    private int paymentSweepThreads = 4;
    /**
     * When a sweeper takes an overdue order on, its deadline moves this far: should the close fail (the pay service or
     * the platform unreachable), the order falls due again then. Above the longest a close can take.
     */
    private Duration paymentRetryInterval = Duration.ofSeconds(30);
    /**
     * How long after its shopper asked for a refund the {@link AskedRefundSweeper} finishes it, when the cancel did not:
     * above {@link Calls#getPaymentTimeout()}, the longest the cancel's refund call can take, so that a cancel still
     * running is left to finish on its own.
     */
    private Duration refundGrace = Duration.ofSeconds(60);
    /**
     * How long after the sweeper took an asked refund on it may take it again: a refund the pay service could not
     * make, or refused, is asked again only this often. Above {@link Calls#getPaymentTimeout()}.
     */
    private Duration refundRetryInterval = Duration.ofMinutes(10);
    /** How often the sweeper looks for asked refunds to finish. */
    private Duration refundSweepInterval = Duration.ofSeconds(30);
    /** At most this many asked refunds are finished per sweep, one after another; the rest wait for the next one. */
    private int refundSweepBatchSize = 20;
    /**
     * How long a goods price read from the goods service is used to price orders. The stock step checks the price
     * anyway; a longer time only means more orders refused there, after they were created, for a price changed
     * meanwhile.
     */
    private Duration priceCacheTtl = Duration.ofSeconds(5);
    /** How long the service waits for each service it calls, and how long its own callers wait for it. */
    private final Calls calls = new Calls();

    /** The time the order has to be paid once confirmed: a vending order's holds a machine, and is shorter. */
    public Duration timeToPay(Order order) {
        return order.getInnerCode() == null ? paymentTimeout : vendingPaymentTimeout;
    }

    @Override
    public boolean supports(Class<?> type) {
        return OrderProperties.class.isAssignableFrom(type);
    }

    /**
     * The budgets must nest: a confirmation's remote calls one after the other within what its callers wait, and the
     * sweeper of unconfirmed orders waiting longer still.
     */
    @Override
    public void validate(Object target, Errors errors) {
        OrderProperties properties = (OrderProperties) target;
        Calls budget = properties.getCalls();
        budget.validate(errors);
        if (errors.hasErrors()) {
            return;
        }
        if (budget.getConfirmBudget().compareTo(budget.confirmationWorstCase()) < 0) {
            errors.rejectValue(
                    "calls.confirmBudget",
                    "budget.steps",
                    "must be at least " + budget.confirmationWorstCase()
                            + ", the worst case of a confirmation's remote calls");
        }
        if (budget.getConfirmBudget().compareTo(budget.cancellationWorstCase()) < 0) {
            errors.rejectValue(
                    "calls.confirmBudget",
                    "budget.cancel",
                    "must be at least " + budget.cancellationWorstCase()
                            + ", the worst case of a cancel's calls to the pay service");
        }
        if (properties.getUnconfirmedTimeout().compareTo(budget.getConfirmBudget()) <= 0) {
            errors.rejectValue(
                    "unconfirmedTimeout",
                    "budget.sweeper",
                    "must be above shop.order.calls.confirm-budget (" + budget.getConfirmBudget()
                            + "), or the sweeper cancels orders still being confirmed");
        }
        validateRefundSweep(properties, errors);
    }

    /** The sweeper of asked refunds waits for a cancel's refund call to end before it takes the refund over. */
    private static void validateRefundSweep(OrderProperties properties, Errors errors) {
        Duration payCall = properties.getCalls().getPaymentTimeout();
        if (properties.getRefundGrace().compareTo(payCall) <= 0) {
            errors.rejectValue(
                    "refundGrace",
                    "budget.refund",
                    "must be above shop.order.calls.payment-timeout (" + payCall
                            + "), or the sweeper takes over refunds whose cancel is still running");
        }
        if (properties.getRefundRetryInterval().compareTo(payCall) <= 0) {
            errors.rejectValue(
                    "refundRetryInterval",
                    "budget.refund",
                    "must be above shop.order.calls.payment-timeout (" + payCall
                            + "), or a refund is asked again while the last ask is still running");
        }
        if (properties.getRefundSweepBatchSize() < 1) {
            errors.rejectValue("refundSweepBatchSize", "range", "must be at least 1");
        }
    }

    /**
     * The timeouts of the service's Dubbo calls ({@code shop.order.calls.*}). Dubbo never retries them, so each
     * counts once per call.
     */
    @Data
    public static class Calls {

        /**
         * The worst case of one confirmation ({@link PlaceOrderSaga#placeOrder}): the goods price read, read again when
         * the kept price differs from the shopper's, and the stock step; the coupon read and the coupon step; the
         * balance step.
         */
        static final int GOODS_CALLS = 3;

        static final int COUPON_CALLS = 2;
        static final int USER_CALLS = 1;
        /** A vending confirmation: the quote and the reservation. */
        static final int VENDING_CALLS = 2;
        /** A cancel may close the payment at the platform and then refund it. */
        static final int PAYMENT_CALLS = 2;

        /** Each call to the goods service: reading a price, taking the stock. */
        private Duration goodsTimeout = Duration.ofSeconds(3);
        /** Each call to the coupon service: reading a coupon, using it. */
        private Duration couponTimeout = Duration.ofSeconds(3);
        /** Each call to the user service: taking the balance. */
        private Duration userTimeout = Duration.ofSeconds(3);
        /** Each call to the goods service's vending machines: a quote, a reservation (the machine's lease). */
        private Duration vendingTimeout = Duration.ofSeconds(3);
        /** Each call to the pay service: closing or refunding a payment, each one or two calls to the platform. */
        private Duration paymentTimeout = Duration.ofSeconds(8);
        /**
         * How long callers of the order service wait for any of its methods (its Dubbo provider's timeout): at least
         * a confirmation's remote calls one after the other, and a cancel's. A caller that gave up sooner would
         * report a failure for an order that then gets confirmed or cancelled.
         */
        private Duration confirmBudget = Duration.ofSeconds(20);

        /** The longest the remote calls of one confirmation, ordinary or vending, can take together. */
        public Duration confirmationWorstCase() {
            Duration ordinary = goodsTimeout
                    .multipliedBy(GOODS_CALLS)
                    .plus(couponTimeout.multipliedBy(COUPON_CALLS))
                    .plus(userTimeout.multipliedBy(USER_CALLS));
            Duration vending = vendingTimeout.multipliedBy(VENDING_CALLS);
            return ordinary.compareTo(vending) >= 0 ? ordinary : vending;
        }

        /** The longest the calls of one cancel can take together. */
        public Duration cancellationWorstCase() {
            return paymentTimeout.multipliedBy(PAYMENT_CALLS);
        }

        /** Dubbo counts a timeout in whole milliseconds, as an int. */
        public static int millis(Duration timeout) {
            return Math.toIntExact(timeout.toMillis());
        }

        private void validate(Errors errors) {
            positiveMillis(errors, "goodsTimeout", goodsTimeout);
            positiveMillis(errors, "couponTimeout", couponTimeout);
            positiveMillis(errors, "userTimeout", userTimeout);
            positiveMillis(errors, "vendingTimeout", vendingTimeout);
            positiveMillis(errors, "paymentTimeout", paymentTimeout);
            positiveMillis(errors, "confirmBudget", confirmBudget);
        }

        private static void positiveMillis(Errors errors, String field, Duration timeout) {
            if (timeout == null || timeout.toMillis() < 1 || timeout.toMillis() > Integer.MAX_VALUE) {
                errors.rejectValue(
                        "calls." + field, "budget.range", "must be from 1 ms to " + Integer.MAX_VALUE + " ms");
            }
        }
    }
}
