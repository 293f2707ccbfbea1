package com.shop.order.application;

import com.shop.api.CouponService;
import com.shop.api.GoodsService;
import com.shop.api.UserService;
import com.shop.api.VendingService;
import com.shop.api.exception.CouponUnavailableException;
import com.shop.api.exception.IllegalOrderStateException;
import com.shop.api.exception.PriceMismatchException;
import com.shop.api.exception.ServiceUnavailableException;
import com.shop.api.exception.ShopException;
import com.shop.common.id.IdGenerator;
import com.shop.order.domain.Order;
import com.shop.order.domain.OrderFigures;
import com.shop.order.domain.OrderPricing;
import com.shop.pojo.coupon.CouponView;
import com.shop.pojo.vending.VendingQuote;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.function.Supplier;
import lombok.extern.slf4j.Slf4j;
import org.springframework.stereotype.Service;

/**
 * Confirming an order across services without a global transaction (docs/architecture.md §3). The order is stored
 * unconfirmed first, so every later step has an order id to be idempotent on and to be undone by; each remote step
 * is idempotent on that id; any failure after the order exists cancels it together with an {@code OrderCancelled}
 * event, and each participant gives back what it really took.
 *
 * <p>Not transactional itself: the local transactions are {@link OrderTransitions}', and no remote call ever runs
 * inside one of them.
 */
@Slf4j
@Service
public class PlaceOrderSaga {

    private final GoodsService goodsService;
    private final CouponService couponService;
    private final UserService userService;
    private final VendingService vendingService;
    private final IdGenerator ids;
    private final OrderTransitions transitions;
    private final OrderPricing pricing;
    private final GoodsPrices prices;
    private final Clock clock;

    public PlaceOrderSaga(GoodsService goodsService, CouponService couponService, UserService userService,
                          VendingService vendingService, IdGenerator ids, OrderTransitions transitions,
                          OrderPricing pricing, GoodsPrices prices, Clock clock) {
        this.goodsService = goodsService;
        this.couponService = couponService;
        this.userService = userService;
        this.vendingService = vendingService;
        this.ids = ids;
        this.transitions = transitions;
        this.pricing = pricing;
        this.prices = prices;
        this.clock = clock;
    }

    /**
     * @return the confirmed order
     * @throws ShopException before the order exists: the refusal as is (nothing was created); after: the refusal of
     *                       the failed step, or {@link ServiceUnavailableException}, naming the cancelled order
     */
    public Order placeOrder(PlaceOrderCommand command) {
        command.validate();
        OrderFigures figures = priceAndCheck(command);

        Order order = transitions.placePreOrder(Order.unconfirmed(ids.nextId(), command.userId(), command.goodsId(),
                command.couponId(), figures, command.address(), command.consignee(), clock.instant()));

        try {
            run(Step.REDUCE_STOCK, () -> goodsService.reduceStock(order.getOrderId(), order.getGoodsId(),
                    order.getGoodsNumber(), order.getGoodsPrice()));
            if (order.usesCoupon()) {
                run(Step.USE_COUPON,
                        () -> couponService.useCoupon(order.getOrderId(), order.getUserId(), order.getCouponId()));
            }
            if (order.usesBalance()) {
                run(Step.REDUCE_BALANCE,
                        () -> userService.reduceBalance(order.getOrderId(), order.getUserId(), order.getMoneyPaid()));
            }
            return call(Step.CONFIRM, () -> transitions.confirm(order).orElseThrow(() -> new IllegalOrderStateException(
                    "order " + order.getOrderId() + " was cancelled before it could be confirmed")));
        } catch (StepFailed failed) {
            if (failed.getCause() instanceof PriceMismatchException) {
                prices.forget(order.getGoodsId());
            }
            throw compensate(order, failed);
        }
    }

    /**
     * The same saga for one unit from a vending machine: priced by the machine (its cheapest channel with units left,
     * no shipping fee), and its stock step takes the machine's lease and reserves the unit in a channel. A machine
     * leased to another order refuses it before anything is paid.
     *
     * @return the confirmed order
     * @throws ShopException as {@link #placeOrder}
     */
    public Order placeVendingOrder(VendingOrderCommand command) {
        command.validate();
        VendingQuote quote = read("the goods service",
                () -> vendingService.quote(command.innerCode(), command.goodsId()));
        OrderFigures figures = pricing.priceVending(quote.getPrice());

        Order order = transitions.placePreOrder(Order.unconfirmed(ids.nextId(), command.userId(), command.goodsId(),
                        null, figures, machineAddress(quote), "vending machine " + command.innerCode(), clock.instant())
                .toBuilder().innerCode(command.innerCode()).build());

        try {
            run(Step.RESERVE_MACHINE_UNIT, () -> vendingService.reserve(order.getOrderId(), order.getInnerCode(),
                    order.getGoodsId(), order.getGoodsPrice()));
            return call(Step.CONFIRM, () -> transitions.confirm(order).orElseThrow(() -> new IllegalOrderStateException(
                    "order " + order.getOrderId() + " was cancelled before it could be confirmed")));
        } catch (StepFailed failed) {
            throw compensate(order, failed);
        }
    }

    private static String machineAddress(VendingQuote quote) {
        String address = quote.getAddress() == null || quote.getAddress().isBlank()
                ? "vending machine " + quote.getInnerCode() : quote.getAddress().strip();
        return address.length() > Order.MAX_ADDRESS_LENGTH ? address.substring(0, Order.MAX_ADDRESS_LENGTH) : address;
    }

    /**
     * Prices the goods and reads the coupon, and recomputes every figure. The price is the one the goods service last
     * told, kept a few seconds; the stock step checks it again as it takes the units. Stock, coupon use and balance
     * are not checked here: the participants decide atomically when the order spends them, and a check now would only
     * race with that.
     */
    private OrderFigures priceAndCheck(PlaceOrderCommand command) {
        BigDecimal price = read("the goods service", () -> prices.priceOf(command.goodsId()));
        if (price.compareTo(command.goodsPrice()) != 0) {
            // the kept price may be older than a change the shopper has already seen
            price = read("the goods service", () -> prices.currentPriceOf(command.goodsId()));
        }
        BigDecimal couponValue = command.usesCoupon() ? couponValue(command) : null;
        OrderFigures figures = pricing.price(price, command.goodsNumber(), couponValue, command.balanceToSpend());
        figures.requireAgreement(command.goodsPrice(), command.shippingFee(), command.orderAmount());
        return figures;
    }

    private BigDecimal couponValue(PlaceOrderCommand command) {
        CouponView coupon = read("the coupon service",
                () -> couponService.getCoupon(command.userId(), command.couponId()));
        if (coupon == null || coupon.getUserId() == null || coupon.getUserId() != command.userId()
                || coupon.getCouponPrice() == null || coupon.getCouponPrice().signum() < 0) {
            throw new CouponUnavailableException("coupon " + command.couponId() + " is not yours to use");
        }
        return coupon.getCouponPrice();
    }

    /** Cancels the order and its spendings, and says why to the caller. */
    private ShopException compensate(Order order, StepFailed failed) {
        long orderId = order.getOrderId();
        String reason = failed.reason();
        if (failed.getCause() instanceof ShopException) {
            log.info("Order {}: {}", orderId, reason);
        } else {
            log.warn("Order {}: {}", orderId, reason, failed.getCause());
        }
        try {
            if (!transitions.cancel(order, reason)) {
                log.info("Order {} had already been cancelled by someone else", orderId);
            }
        } catch (RuntimeException cancelFailed) {
            log.error("Order {} could not be cancelled now; the sweeper of unconfirmed orders will cancel it",
                    orderId, cancelFailed);
            return new ServiceUnavailableException("order " + orderId + " could not be completed and will be "
                    + "cancelled shortly").withOrderId(orderId);
        }
        if (failed.getCause() instanceof ShopException refusal) {
            return refusal.withOrderId(orderId);
        }
        return new ServiceUnavailableException(failed.step.party + " did not answer in time or could not be "
                + "reached; order " + orderId + " was cancelled").withOrderId(orderId);
    }

    private static <T> T read(String party, Supplier<T> remoteCall) {
        try {
            return remoteCall.get();
        } catch (ShopException refusal) {
            throw refusal;
        } catch (RuntimeException unreachable) {
            log.warn("Reading from {} failed; no order was created", party, unreachable);
            throw new ServiceUnavailableException(party + " did not answer in time or could not be reached; "
                    + "no order was created");
        }
    }

    private static void run(Step step, Runnable action) {
        call(step, () -> {
            action.run();
            return null;
        });
    }

    private static <T> T call(Step step, Supplier<T> action) {
        try {
            return action.get();
        } catch (RuntimeException failure) {
            throw new StepFailed(step, failure);
        }
    }

    /** The steps after the order exists, and who performs each. */
    private enum Step {
        REDUCE_STOCK("reduce stock", "the goods service"),
        RESERVE_MACHINE_UNIT("reserve a unit in the machine", "the goods service"),
        USE_COUPON("use coupon", "the coupon service"),
        REDUCE_BALANCE("reduce balance", "the user service"),
        CONFIRM("confirm", "the order database");

        private final String action;
        private final String party;

        Step(String action, String party) {
            this.action = action;
            this.party = party;
        }
    }

    /** Carries a step's failure to the one place that compensates. */
    private static final class StepFailed extends RuntimeException {
        private final Step step;

        StepFailed(Step step, RuntimeException cause) {
            super(cause.toString(), cause, false, false);
            this.step = step;
        }

        /** Why the order is cancelled, as the order and its event record it. */
        String reason() {
            if (getCause() instanceof ShopException refusal) {
                return step.action + " refused (" + refusal.getCode() + "): " + refusal.getMessage();
            }
            return step.action + " failed: " + step.party + " did not answer";
        }
    }
}
