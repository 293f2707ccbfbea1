package com.shop.order.application;

import static com.shop.order.application.SagaStep.step;
import static com.shop.pojo.MessageTopics.ORDER_CANCELLED;

import com.shop.api.CouponService;
import com.shop.api.GoodsService;
import com.shop.api.UserService;
import com.shop.api.VendingService;
import com.shop.api.exception.CouponUnavailableException;
import com.shop.api.exception.IllegalOrderStateException;
import com.shop.api.exception.PriceMismatchException;
import com.shop.api.exception.ProviderUnavailableException;
import com.shop.api.exception.ServiceUnavailableException;
import com.shop.api.exception.ShopException;
import com.shop.common.id.IdGenerator;
import com.shop.common.tracing.Correlation;
import com.shop.order.domain.Order;
import com.shop.order.domain.OrderFigures;
import com.shop.order.domain.OrderPricing;
import com.shop.pojo.coupon.CouponView;
import com.shop.pojo.vending.VendingQuote;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.function.Supplier;
import lombok.extern.slf4j.Slf4j;
import org.springframework.stereotype.Service;

/**
 * Confirming an order across services without a global transaction (docs/architecture.md §3), each step declared
 * next to what undoes it ({@link SagaStep}). The order is stored unconfirmed first, so every later step has an order
 * id to be idempotent on and to be undone by; each remote step is idempotent on that id; any failure after the order
 * exists cancels it together with an {@code OrderCancelled} event, and each participant gives back what it really
 * took.
 *
 * <p>Not transactional itself: the local transactions are {@link OrderTransitions}', and no remote call ever runs
 * inside one of them.
 */
@Slf4j
@Service
public class PlaceOrderSaga {

    private static final String ORDER_SERVICE = "the order service";
    private static final String GOODS_SERVICE = "the goods service";
    private static final String COUPON_SERVICE = "the coupon service";
    private static final String USER_SERVICE = "the user service";

    private final GoodsService goodsService;
    private final CouponService couponService;
    private final UserService userService;
    private final VendingService vendingService;
    private final IdGenerator ids;
    private final OrderTransitions transitions;
    private final OrderPricing pricing;
    private final GoodsPrices prices;
    private final Clock clock;
    private final OrderMeters meters;
    private final Correlation correlation;

    public PlaceOrderSaga(
            GoodsService goodsService,
            CouponService couponService,
            UserService userService,
            VendingService vendingService,
            IdGenerator ids,
            OrderTransitions transitions,
            OrderPricing pricing,
            GoodsPrices prices,
            Clock clock,
            OrderMeters meters,
            Correlation correlation) {
        this.goodsService = goodsService;
        this.couponService = couponService;
        this.userService = userService;
        this.vendingService = vendingService;
        this.ids = ids;
        this.transitions = transitions;
        this.pricing = pricing;
        this.prices = prices;
        this.clock = clock;
        this.meters = meters;
        this.correlation = correlation;
    }

    /**
     * @return the confirmed order
     * @throws ShopException before the order exists: the refusal as is (nothing was created); after: the refusal of
     *                       the failed step, or {@link ServiceUnavailableException}, naming the cancelled order
     */
    public Order placeOrder(PlaceOrderCommand command) {
        command.validate();
        OrderFigures figures = priceAndCheck(command);
        Order order = Order.unconfirmed(
                ids.nextId(),
                command.userId(),
                command.goodsId(),
                command.couponId(),
                figures,
                command.address(),
                command.consignee(),
                clock.instant());

        return run(
                order,
                List.of(
                        preOrder(order),
                        step("reduce stock", GOODS_SERVICE)
                                .invoke(() -> reduceStock(order))
                                .undoneOn(ORDER_CANCELLED, GOODS_SERVICE, "gives back the units its stock ledger took"),
                        step("use coupon", COUPON_SERVICE)
                                .when(order.usesCoupon())
                                .invoke(() -> couponService.useCoupon(
                                        order.getOrderId(), order.getUserId(), order.getCouponId()))
                                .undoneOn(ORDER_CANCELLED, COUPON_SERVICE, "releases the coupon its ledger used"),
                        step("reduce balance", USER_SERVICE)
                                .when(order.usesBalance())
                                .invoke(() -> userService.reduceBalance(
                                        order.getOrderId(), order.getUserId(), order.getMoneyPaid()))
                                .undoneOn(ORDER_CANCELLED, USER_SERVICE, "refunds what its money log took")));
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
        VendingQuote quote = read(GOODS_SERVICE, () -> vendingService.quote(command.innerCode(), command.goodsId()));
        OrderFigures figures = pricing.priceVending(quote.getPrice());
        Order order = Order.unconfirmed(
                        ids.nextId(),
                        command.userId(),
                        command.goodsId(),
                        null,
                        figures,
                        machineAddress(quote),
                        "vending machine " + command.innerCode(),
                        clock.instant())
                .toBuilder()
                .innerCode(command.innerCode())
                .build();

        return run(
                order,
                List.of(
                        preOrder(order),
                        step("reserve a unit in the machine", GOODS_SERVICE)
                                .invoke(() -> vendingService.reserve(
                                        order.getOrderId(),
                                        order.getInnerCode(),
                                        order.getGoodsId(),
                                        order.getGoodsPrice()))
                                .undoneOn(
                                        ORDER_CANCELLED,
                                        GOODS_SERVICE,
                                        "gives back the unit and the machine's lease")));
    }

    /**
     * The first step, and the only one the order service undoes itself: the cancel writes {@code OrderCancelled} in
     * its transaction, and that message carries the undo of every later step to its participant. It is committed on
     * its own before anything is spent, so every later step has an order id to be idempotent on, and a crash leaves
     * an order for the sweeper to cancel the same way.
     */
    private SagaStep preOrder(Order order) {
        return step("pre-order", ORDER_SERVICE)
                .invoke(() -> transitions.placePreOrder(order))
                .undoneHere(
                        "cancels the order and writes OrderCancelled in one transaction",
                        reason -> cancel(order, reason));
    }

    /** The stock step; a price it refuses as changed was kept too long, and is read again next time. */
    private void reduceStock(Order order) {
        try {
            goodsService.reduceStock(
                    order.getOrderId(), order.getGoodsId(), order.getGoodsNumber(), order.getGoodsPrice());
        } catch (PriceMismatchException stale) {
            prices.forget(order.getGoodsId());
            throw stale;
        }
    }

    /**
     * Takes the steps one after the other, then the last one, which nothing undoes: the confirmation. When a step
     * fails, the steps taken before it are undone, the last first: the order service's own undos here, the others by
     * the participants on the message. A failure of the first step leaves nothing to undo, and is thrown as it is.
     */
    private Order run(Order order, List<SagaStep> steps) {
        // from here on every log line of the confirmation, in every service it calls, names the order
        try (Correlation.Scope named = correlation.orderId(order.getOrderId())) {
            Order confirmed = takeSteps(order, steps);
            log.info("Order {} confirmed, {} to pay", confirmed.getOrderId(), confirmed.getPayAmount());
            return confirmed;
        }
    }

    private Order takeSteps(Order order, List<SagaStep> steps) {
        Deque<SagaStep> taken = new ArrayDeque<>();
        for (SagaStep step : steps) {
            if (!step.applies()) {
                continue;
            }
            try {
                meters.timeStep(step.action(), () -> {
                    step.run();
                    return step;
                });
            } catch (RuntimeException failure) {
                if (taken.isEmpty()) {
                    throw failure;
                }
                throw compensate(order, taken, step, failure);
            }
            taken.push(step);
        }
        SagaStep confirm = step("confirm", "the order database");
        try {
            return meters.timeStep(confirm.action(), () -> transitions.confirm(order))
                    .orElseThrow(() -> new IllegalOrderStateException(
                            "order " + order.getOrderId() + " was cancelled before it could be confirmed"));
        } catch (RuntimeException failure) {
            throw compensate(order, taken, confirm, failure);
        }
    }

    private static String machineAddress(VendingQuote quote) {
        String address = quote.getAddress() == null || quote.getAddress().isBlank()
                ? "vending machine " + quote.getInnerCode()
                : quote.getAddress().strip();
        return address.length() > Order.MAX_ADDRESS_LENGTH ? address.substring(0, Order.MAX_ADDRESS_LENGTH) : address;
    }

    /**
     * Prices the goods and reads the coupon, and recomputes every figure. The price is the one the goods service last
     * told, kept a few seconds; the stock step checks it again as it takes the units. Stock, coupon use and balance
     * are not checked here: the participants decide atomically when the order spends them, and a check now would only
     * race with that.
     */
    private OrderFigures priceAndCheck(PlaceOrderCommand command) {
        BigDecimal price = read(GOODS_SERVICE, () -> prices.priceOf(command.goodsId()));
        if (price.compareTo(command.goodsPrice()) != 0) {
            // the kept price may be older than a change the shopper has already seen
            price = read(GOODS_SERVICE, () -> prices.currentPriceOf(command.goodsId()));
        }
        BigDecimal couponValue = command.usesCoupon() ? couponValue(command) : null;
        OrderFigures figures = pricing.price(price, command.goodsNumber(), couponValue, command.balanceToSpend());
        figures.requireAgreement(command.goodsPrice(), command.shippingFee(), command.orderAmount());
        return figures;
    }

    private BigDecimal couponValue(PlaceOrderCommand command) {
        CouponView coupon = read(COUPON_SERVICE, () -> couponService.getCoupon(command.userId(), command.couponId()));
        if (coupon == null
                || coupon.getUserId() == null
                || coupon.getUserId() != command.userId()
                || coupon.getCouponPrice() == null
                || coupon.getCouponPrice().signum() < 0) {
            throw new CouponUnavailableException("coupon " + command.couponId() + " is not yours to use");
        }
        return coupon.getCouponPrice();
    }

    /** Undoes the steps taken, last first, and says why to the caller. */
    private ShopException compensate(Order order, Deque<SagaStep> taken, SagaStep failed, RuntimeException failure) {
        long orderId = order.getOrderId();
        String reason = reason(failed, failure);
        if (failure instanceof ShopException) {
            log.info("Order {}: {}", orderId, reason);
        } else {
            log.warn("Order {}: {}", orderId, reason, failure);
        }
        for (SagaStep step : taken) {
            log.debug("Order {}: {} is undone by {}", orderId, step.action(), step.undo());
            if (step.undo().isHere()) {
                try {
                    step.undo().runHere(reason);
                } catch (RuntimeException undoFailed) {
                    log.error(
                            "Order {} could not be cancelled now; the sweeper of unconfirmed orders will cancel it",
                            orderId,
                            undoFailed);
                    return new ServiceUnavailableException(
                                    "order " + orderId + " could not be completed and will " + "be cancelled shortly")
                            .withOrderId(orderId);
                }
            }
        }
        return answer(orderId, failed, failure);
    }

    /**
     * What the caller hears of a failed step, once its order is cancelled: a refusal as the participant gave it; a call
     * its breaker kept from the participant, or one whose outcome is unknown, as the service being unavailable.
     */
    private static ShopException answer(long orderId, SagaStep failed, RuntimeException failure) {
        if (failure instanceof ProviderUnavailableException) {
            return new ServiceUnavailableException(failed.party() + " is unavailable (its circuit breaker is open), so "
                            + failed.action() + " was not attempted; order " + orderId + " was cancelled")
                    .withOrderId(orderId);
        }
        if (failure instanceof ShopException refusal) {
            return refusal.withOrderId(orderId);
        }
        return new ServiceUnavailableException(failed.party() + " did not answer in time or could not be "
                        + "reached; order " + orderId + " was cancelled")
                .withOrderId(orderId);
    }

    /** The pre-order's undo: cancelled once, by whoever gets there first. */
    private void cancel(Order order, String reason) {
        if (!transitions.cancel(order, reason)) {
            log.info("Order {} had already been cancelled by someone else", order.getOrderId());
        }
    }

    /**
     * Why the order is cancelled, as the order and its event record it. Three kinds of failure, told apart: a step its
     * breaker kept from the participant never reached it (a definite failure, like a refusal); a step that timed out
     * or found no answer may still run there later (the cancel's message fences it off either way).
     */
    private static String reason(SagaStep failed, RuntimeException failure) {
        if (failure instanceof ProviderUnavailableException) {
            return failed.action() + " not attempted: " + failed.party() + " is unavailable (circuit breaker open)";
        }
        if (failure instanceof ShopException refusal) {
            return failed.action() + " refused (" + refusal.getCode() + "): " + refusal.getMessage();
        }
        return failed.action() + " failed: " + failed.party() + " did not answer";
    }

    private static <T> T read(String party, Supplier<T> remoteCall) {
        try {
            return remoteCall.get();
        } catch (ShopException refusal) {
            throw refusal;
        } catch (RuntimeException unreachable) {
            log.warn("Reading from {} failed; no order was created", party, unreachable);
            throw new ServiceUnavailableException(
                    party + " did not answer in time or could not be reached; " + "no order was created");
        }
    }
}
