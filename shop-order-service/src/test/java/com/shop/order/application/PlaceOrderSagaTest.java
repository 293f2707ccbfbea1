package com.shop.order.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.shop.api.exception.CouponUnavailableException;
import com.shop.api.exception.GoodsNotFoundException;
import com.shop.api.exception.IllegalOrderStateException;
import com.shop.api.exception.InsufficientBalanceException;
import com.shop.api.exception.InsufficientStockException;
import com.shop.api.exception.InvalidRequestException;
import com.shop.api.exception.PriceMismatchException;
import com.shop.api.exception.ProviderUnavailableException;
import com.shop.api.exception.ServiceUnavailableException;
import com.shop.api.exception.ShopException;
import com.shop.api.exception.TooManyUnpaidOrdersException;
import com.shop.common.tracing.Correlation;
import com.shop.order.domain.Order;
import com.shop.order.domain.OrderPricing;
import com.shop.order.domain.OrderTimelineEvent;
import com.shop.order.domain.ShippingFeePolicy;
import com.shop.order.support.FakeCouponService;
import com.shop.order.support.FakeGoodsService;
import com.shop.order.support.FakeUserService;
import com.shop.order.support.FakeVendingService;
import com.shop.order.support.Journal;
import com.shop.order.support.Script;
import com.shop.pojo.order.OrderStatus;
import com.shop.pojo.order.PayStatus;
import com.shop.pojo.order.ShippingStatus;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.UnaryOperator;
import org.apache.dubbo.rpc.RpcException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PlaceOrderSagaTest {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final OrderMeters meters = new OrderMeters(registry);

    private static final long USER = 7;
    private static final long OTHER_USER = 8;
    private static final long GOODS = 1001; // 30.00, 10 in stock
    private static final long CHEAP_GOODS = 1002; // 25.00: four of them cost exactly 100.00
    private static final long SCARCE_GOODS = 1003; // 12.00, 3 in stock
    private static final long COUPON = 501; // 20.00, the user's
    private static final long OTHERS_COUPON = 502; // 5.00, another user's

    private final Journal journal = new Journal();
    private final FakeGoodsService goods = new FakeGoodsService(journal)
            .with(GOODS, "30.00", 10)
            .with(CHEAP_GOODS, "25.00", 10)
            .with(SCARCE_GOODS, "12.00", 3);
    private final FakeCouponService coupons =
            new FakeCouponService(journal).with(COUPON, USER, "20.00").with(OTHERS_COUPON, OTHER_USER, "5.00");
    private final FakeUserService users = new FakeUserService(journal).with(USER, "500.00");
    private final InMemoryOrderRepository orders = new InMemoryOrderRepository(journal);
    private final RecordingOrderEventPublisher events = new RecordingOrderEventPublisher();
    private final InMemoryOrderTimeline timeline = new InMemoryOrderTimeline();
    private final OrderProperties properties = new OrderProperties();
    private final Clock clock = Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC);
    private final OrderTransitions transitions =
            new OrderTransitions(orders, events, timeline, properties, clock, meters);
    private final AtomicLong ids = new AtomicLong(90_000);
    private final PlaceOrderSaga saga = new PlaceOrderSaga(
            goods,
            coupons,
            users,
            new FakeVendingService(journal),
            ids::incrementAndGet,
            transitions,
            new OrderPricing(new ShippingFeePolicy()),
            new GoodsPrices(goods, properties),
            clock,
            meters,
            Correlation.none());

    // ---------------------------------------------------------------- the happy path

    @Test
    void aGoodOrderSpendsStockCouponAndBalanceOnceEachInOrderAndIsConfirmed() {
        Order order = saga.placeOrder(fullOrder().build());

        assertThat(journal.entries())
                .containsExactly(
                        "goods.getGoods",
                        "coupon.getCoupon",
                        "order.insert",
                        "goods.reduceStock",
                        "coupon.useCoupon",
                        "user.reduceBalance",
                        "order.confirm");
        assertThat(order.getOrderStatus()).isEqualTo(OrderStatus.CONFIRMED);
        assertThat(order.getPayStatus()).isEqualTo(PayStatus.UNPAID);
        assertThat(order.getShippingStatus()).isEqualTo(ShippingStatus.NOT_SHIPPED);
        assertThat(order.getConfirmTime()).isNotNull();
        assertThat(order.getPayTime()).isNull();
        assertThat(order.getUserId()).isEqualTo(USER);
        assertThat(order.getGoodsId()).isEqualTo(GOODS);
        assertThat(order.getGoodsNumber()).isEqualTo(3);
        assertThat(order.getGoodsPrice()).isEqualTo("30.00");
        assertThat(order.getGoodsAmount()).isEqualTo("90.00");
        assertThat(order.getShippingFee()).isEqualTo("10.00");
        assertThat(order.getOrderAmount()).isEqualTo("100.00");
        assertThat(order.getCouponId()).isEqualTo(COUPON);
        assertThat(order.getCouponPaid()).isEqualTo("20.00");
        assertThat(order.getMoneyPaid()).isEqualTo("30.00");
        assertThat(order.getPayAmount()).isEqualTo("50.00");
        assertThat(order.getAddress()).isEqualTo("1 Main Street");
        assertThat(order.getConsignee()).isEqualTo("Ann");
        assertThat(orders.stored(order.getOrderId()).getOrderStatus()).isEqualTo(OrderStatus.CONFIRMED);
        assertThat(goods.stockOf(GOODS)).isEqualTo(7);
        assertThat(coupons.isUsed(COUPON)).isTrue();
        assertThat(users.balanceOf(USER)).isEqualByComparingTo("470.00");
        assertThat(events.cancelled).isEmpty();
        assertThat(timeline.of(order.getOrderId())).containsExactly(OrderTimelineEvent.CONFIRMED);
        assertThat(timeline.detail(order.getOrderId(), OrderTimelineEvent.CONFIRMED))
                .isEqualTo("to pay 50.00");
    }

    // ---------------------------------------------------------------- meters

    @Test
    void aConfirmationCountsTheOrderAndTimesEachStepItTook() {
        saga.placeOrder(fullOrder().build());

        assertThat(registry.get("shop.orders.confirmed").counter().count()).isEqualTo(1);
        for (String step : List.of("pre-order", "reduce stock", "use coupon", "reduce balance", "confirm")) {
            assertThat(registry.get("shop.saga.step")
                            .tag("step", step)
                            .tag("outcome", "ok")
                            .timer()
                            .count())
                    .as(step)
                    .isEqualTo(1);
        }
        assertThat(registry.get("shop.orders.cancelled").counters())
                .allSatisfy(cancelled -> assertThat(cancelled.count()).isZero());
    }

    @Test
    void aRefusedStepIsTimedAsRefusedAndTheOrderCountedCancelled() {
        placeExpectingFailure(
                fullOrder().goods(SCARCE_GOODS, 4, "12.00", "10.00", "58.00").moneyPaid("8.00"),
                InsufficientStockException.class);

        assertThat(registry.get("shop.saga.step")
                        .tag("step", "reduce stock")
                        .tag("outcome", "refused")
                        .timer()
                        .count())
                .isEqualTo(1);
        assertThat(registry.get("shop.orders.cancelled")
                        .tag("reason", "confirmation-failed")
                        .counter()
                        .count())
                .isEqualTo(1);
        assertThat(registry.get("shop.orders.confirmed").counter().count()).isZero();
    }

    @Test
    void aConfirmedOrderWithSomethingToPayFallsDueAfterThePaymentTimeout() {
        properties.setPaymentTimeout(Duration.ofSeconds(90));

        Order order = saga.placeOrder(fullOrder().build());

        Date due = Date.from(Instant.parse("2026-11-22T10:01:30Z"));
        assertThat(order.getPayDeadline()).isEqualTo(due);
        assertThat(orders.stored(order.getOrderId()).getPayDeadline()).isEqualTo(due);
        assertThat(order.getAddTime()).isEqualTo(Date.from(clock.instant()));
        assertThat(order.getConfirmTime()).isEqualTo(Date.from(clock.instant()));
    }

    @Test
    void aShopperHoldingTheMostUnpaidOrdersIsRefusedBeforeAnythingIsSpent() {
        assertThat(new OrderProperties().getMaxUnpaid()).isEqualTo(10);
        properties.setMaxUnpaid(2);
        saga.placeOrder(plainOrder().build());
        saga.placeOrder(plainOrder().build());
        journal.clear();

        TooManyUnpaidOrdersException refused = catchThrowableOfType(
                TooManyUnpaidOrdersException.class,
                () -> saga.placeOrder(plainOrder().build()));

        assertThat(refused.getCode()).isEqualTo("TOO_MANY_UNPAID_ORDERS");
        assertThat(orders.all()).hasSize(2);
        assertThat(journal.entries()).containsExactly("order.refused");
        assertThat(events.cancelled).isEmpty();

        properties.setMaxUnpaid(0);
        assertThat(saga.placeOrder(plainOrder().build()).getOrderStatus())
                .as("no limit")
                .isEqualTo(OrderStatus.CONFIRMED);
    }

    @Test
    void theDefaultTimeToPayIsTenMinutes() {
        Order order = saga.placeOrder(plainOrder().build());

        assertThat(order.getPayDeadline()).isEqualTo(Date.from(clock.instant().plus(Duration.ofMinutes(10))));
    }

    @Test
    void aPriceKeptFromEarlierOrdersIsUsedUntilTheStockStepFindsItChanged() {
        saga.placeOrder(plainOrder().build());
        goods.reprice(GOODS, "35.00");
        journal.clear();

        Order refused = placeExpectingFailure(plainOrder(), PriceMismatchException.class);

        assertThat(journal.entries()).containsExactly("order.insert", "goods.reduceStock", "order.cancel");
        assertThat(refused.getOrderStatus()).isEqualTo(OrderStatus.CANCELLED);
        journal.clear();
        Order atTheNewPrice = saga.placeOrder(plainOrder()
                .goodsPrice("35.00")
                .shippingFee("0.00")
                .orderAmount("105.00")
                .build());
        assertThat(journal.entries()).startsWith("goods.getGoods", "order.insert", "goods.reduceStock");
        assertThat(atTheNewPrice.getGoodsPrice()).isEqualTo("35.00");
    }

    @Test
    void aShopperWhoSawANewerPriceThanTheKeptOneIsPricedAtTheCurrentOne() {
        saga.placeOrder(plainOrder().build());
        goods.reprice(GOODS, "35.00");
        journal.clear();

        Order order = saga.placeOrder(plainOrder()
                .goodsPrice("35.00")
                .shippingFee("0.00")
                .orderAmount("105.00")
                .build());

        assertThat(journal.entries()).startsWith("goods.getGoods", "order.insert", "goods.reduceStock");
        assertThat(order.getOrderAmount()).isEqualTo("105.00");
    }

    @Test
    void withoutCouponOrBalanceOnlyTheStockIsSpent() {
        Order order = saga.placeOrder(plainOrder().moneyPaid("0").build());

        assertThat(journal.entries())
                .containsExactly("goods.getGoods", "order.insert", "goods.reduceStock", "order.confirm");
        assertThat(order.getCouponId()).isNull();
        assertThat(order.getCouponPaid()).isEqualTo("0.00");
        assertThat(order.getMoneyPaid()).isEqualTo("0.00");
        assertThat(order.getPayAmount()).isEqualTo("100.00");
    }

    @Test
    void buyingExactlyTheRemainingStockIsAllowed() {
        Order order = saga.placeOrder(
                plainOrder().goods(SCARCE_GOODS, 3, "12.00", "10.00", "46.00").build());

        assertThat(order.getOrderStatus()).isEqualTo(OrderStatus.CONFIRMED);
        assertThat(goods.stockOf(SCARCE_GOODS)).isZero();
    }

    @Test
    void anOrderWithNothingLeftToPayIsPaidWhenConfirmed() {
        // 90.00 + 10.00 shipping = 100.00 = 20.00 coupon + 80.00 balance
        Order order = saga.placeOrder(fullOrder().moneyPaid("80.00").build());

        assertThat(order.getPayAmount()).isEqualByComparingTo("0");
        assertThat(order.getOrderStatus()).isEqualTo(OrderStatus.CONFIRMED);
        assertThat(order.getPayStatus()).isEqualTo(PayStatus.PAID);
        assertThat(order.getPayTime()).isNotNull();
        assertThat(order.getPayDeadline())
                .as("nothing to pay, nothing falls due")
                .isNull();
        assertThat(timeline.detail(order.getOrderId(), OrderTimelineEvent.CONFIRMED))
                .isEqualTo("paid in full by coupon and balance");
    }

    @Test
    void clientFiguresAreComparedByValueNotByScale() {
        Order order = saga.placeOrder(
                plainOrder().goods(GOODS, 3, "30", "10", "100.0").build());

        assertThat(order.getOrderStatus()).isEqualTo(OrderStatus.CONFIRMED);
        assertThat(order.getOrderAmount()).isEqualTo("100.00");
    }

    @Test
    void exactlyOneHundredOfGoodsStillPaysShippingAndOneCentMoreShipsFree() {
        Order hundred = saga.placeOrder(
                plainOrder().goods(CHEAP_GOODS, 4, "25.00", "10.00", "110.00").build());
        assertThat(hundred.getShippingFee()).isEqualTo("10.00");

        goods.with(1004, "100.01", 5);
        Order justOver = saga.placeOrder(
                plainOrder().goods(1004, 1, "100.01", "0.00", "100.01").build());
        assertThat(justOver.getShippingFee()).isEqualTo("0.00");
        assertThat(justOver.getOrderAmount()).isEqualTo("100.01");
    }

    // ---------------------------------------------------------------- refusals after the order exists

    @Test
    void refusedStockCancelsTheOrderAndSaysWhy() {
        Order placed = placeExpectingFailure(
                fullOrder().goods(SCARCE_GOODS, 4, "12.00", "10.00", "58.00").moneyPaid("8.00"),
                InsufficientStockException.class);

        assertThat(journal.entries())
                .containsExactly(
                        "goods.getGoods", "coupon.getCoupon", "order.insert", "goods.reduceStock", "order.cancel");
        assertCancelledOnceWithItsFigures(placed, "reduce stock refused (STOCK_INSUFFICIENT)");
        assertThat(goods.stockOf(SCARCE_GOODS)).isEqualTo(3);
    }

    @Test
    void refusedCouponCancelsTheOrderAfterTheStockWasTaken() {
        coupons.script.failBefore("useCoupon", () -> new CouponUnavailableException("coupon 501 is already used"));

        Order placed = placeExpectingFailure(fullOrder(), CouponUnavailableException.class);

        assertThat(journal.entries())
                .containsExactly(
                        "goods.getGoods",
                        "coupon.getCoupon",
                        "order.insert",
                        "goods.reduceStock",
                        "coupon.useCoupon",
                        "order.cancel");
        assertCancelledOnceWithItsFigures(placed, "use coupon refused (COUPON_UNAVAILABLE)");
    }

    @Test
    void refusedBalanceCancelsTheOrderAfterStockAndCouponWereSpent() {
        users.with(USER, "29.99");

        Order placed = placeExpectingFailure(fullOrder(), InsufficientBalanceException.class);

        assertThat(journal.entries())
                .containsExactly(
                        "goods.getGoods",
                        "coupon.getCoupon",
                        "order.insert",
                        "goods.reduceStock",
                        "coupon.useCoupon",
                        "user.reduceBalance",
                        "order.cancel");
        assertCancelledOnceWithItsFigures(placed, "reduce balance refused (BALANCE_INSUFFICIENT)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"reduceStock", "useCoupon", "reduceBalance"})
    void anUnreachableProviderAtAnyStepCancelsTheOrder(String step) {
        scriptFor(step)
                .failBefore(
                        step,
                        () -> new RpcException(
                                RpcException.NETWORK_EXCEPTION, "Failed to invoke remote method: connection refused"));

        Order placed = placeExpectingFailure(fullOrder(), ServiceUnavailableException.class);

        assertThat(journal.entries())
                .endsWith(
                        step.equals("reduceStock")
                                ? "goods.reduceStock"
                                : step.equals("useCoupon") ? "coupon.useCoupon" : "user.reduceBalance",
                        "order.cancel");
        assertCancelledOnceWithItsFigures(placed, "failed:");
    }

    @ParameterizedTest
    @ValueSource(strings = {"reduceStock", "useCoupon", "reduceBalance"})
    void aStepThatTimesOutAfterItRanCancelsTheOrderSoItsEffectIsUndone(String step) {
        scriptFor(step)
                .failAfter(
                        step,
                        () -> new RpcException(RpcException.TIMEOUT_EXCEPTION, "Waiting server-side response timeout"));

        Order placed = placeExpectingFailure(fullOrder(), ServiceUnavailableException.class);

        assertCancelledOnceWithItsFigures(placed, "failed:");
        assertThat(journal.entries()).doesNotContain("order.confirm");
    }

    /** The call never reached the participant: a definite failure, undone like a refusal, told as unavailable. */
    @ParameterizedTest
    @ValueSource(strings = {"reduceStock", "useCoupon", "reduceBalance"})
    void aStepItsOpenBreakerKeptFromTheParticipantCancelsTheOrderAsNotAttempted(String step) {
        scriptFor(step).failBefore(step, () -> new ProviderUnavailableException("SomeService", 10));

        ServiceUnavailableException failure = catchThrowableOfType(
                ServiceUnavailableException.class,
                () -> saga.placeOrder(fullOrder().build()));

        assertThat(failure.getCode()).isEqualTo(ServiceUnavailableException.CODE);
        assertThat(failure.getMessage()).contains("circuit breaker is open").contains("was cancelled");
        Order placed = orders.stored(failure.getOrderId());
        assertCancelledOnceWithItsFigures(placed, "not attempted:");
        assertThat(placed.getCancelReason()).doesNotContain("did not answer");
        assertThat(journal.entries()).doesNotContain("order.confirm");
    }

    @Test
    void aTimeoutIsNeverTakenForACallTheBreakerKeptBack() {
        users.script.failAfter(
                "reduceBalance",
                () -> new RpcException(RpcException.TIMEOUT_EXCEPTION, "Waiting server-side response"));

        Order placed = placeExpectingFailure(fullOrder(), ServiceUnavailableException.class);

        assertThat(placed.getCancelReason()).contains("did not answer").doesNotContain("not attempted");
    }

    @Test
    void aFailingConfirmationCancelsTheOrder() {
        orders.script.failBefore("confirm", () -> new IllegalStateException("connection reset"));

        Order placed = placeExpectingFailure(fullOrder(), ServiceUnavailableException.class);

        assertThat(journal.entries()).endsWith("order.confirm", "order.cancel");
        assertCancelledOnceWithItsFigures(placed, "confirm failed:");
    }

    @Test
    void anOrderTheSweeperCancelledMeanwhileIsNotConfirmedNorCancelledTwice() {
        orders.beforeConfirm = () -> orders.all().forEach(order -> transitions.cancel(order, "not confirmed in time"));

        Order placed = placeExpectingFailure(fullOrder(), IllegalOrderStateException.class);

        assertThat(orders.stored(placed.getOrderId()).getOrderStatus()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(orders.stored(placed.getOrderId()).getCancelReason()).isEqualTo("not confirmed in time");
        assertThat(events.cancelled).hasSize(1); // the sweeper's
    }

    @Test
    void whenEvenTheCancelFailsTheCallerHearsUnavailableAndTheOrderIsLeftToTheSweeper() {
        goods.script.failBefore("reduceStock", () -> new InsufficientStockException("sold out"));
        orders.script.failBefore("cancel", () -> new IllegalStateException("database gone"));

        ServiceUnavailableException failure = catchThrowableOfType(
                ServiceUnavailableException.class,
                () -> saga.placeOrder(fullOrder().build()));

        assertThat(failure.getOrderId()).isNotNull();
        assertThat(orders.stored(failure.getOrderId()).getOrderStatus()).isEqualTo(OrderStatus.UNCONFIRMED);
        assertThat(events.cancelled).isEmpty();
    }

    // ---------------------------------------------------------------- refusals before any order exists

    @Test
    void malformedRequestsAreRefusedBeforeAnythingHappens() {
        List<UnaryOperator<CommandBuilder>> malformed = List.of(
                b -> b.user(0),
                b -> b.goodsId(null),
                b -> b.goodsNumber(null),
                b -> b.goodsNumber(0),
                b -> b.goodsNumber(-1),
                b -> b.goodsNumber(1000),
                b -> b.goodsPrice(null),
                b -> b.shippingFee(null),
                b -> b.orderAmount(null),
                b -> b.moneyPaid("-0.01"),
                b -> b.moneyPaid("1.001"),
                b -> b.moneyPaid("100000000.00"),
                b -> b.address(null),
                b -> b.address("   "),
                b -> b.address("x".repeat(256)),
                b -> b.consignee(null),
                b -> b.consignee(""),
                b -> b.consignee("y".repeat(65)));

        for (UnaryOperator<CommandBuilder> change : malformed) {
            PlaceOrderCommand command = change.apply(fullOrder()).build();
            assertThat(catchThrowableOfType(InvalidRequestException.class, () -> saga.placeOrder(command)))
                    .as("%s", command)
                    .isNotNull();
        }
        assertNothingHappened();
    }

    @Test
    void theLargestAllowedRequestIsAccepted() {
        goods.with(1005, "0.01", 999);

        Order order = saga.placeOrder(plainOrder()
                .goods(1005, 999, "0.01", "10.00", "19.99")
                .address("a".repeat(255))
                .consignee("c".repeat(64))
                .moneyPaid("1.5")
                .build());

        assertThat(order.getMoneyPaid()).isEqualTo("1.50");
        assertThat(order.getPayAmount()).isEqualTo("18.49");
    }

    @Test
    void aChangedPriceIsRefused() {
        assertRefusedBeforeTheOrder(plainOrder().goodsPrice("29.99"), PriceMismatchException.class);
    }

    @Test
    void aWrongShippingFeeIsRefusedOnBothSidesOfOneHundred() {
        // 4 × 25.00 = 100.00 is not over 100.00: the fee is due
        assertRefusedBeforeTheOrder(
                plainOrder().goods(CHEAP_GOODS, 4, "25.00", "0.00", "100.00"), PriceMismatchException.class);
        // 4 × 30.00 = 120.00 ships free
        assertRefusedBeforeTheOrder(
                plainOrder().goods(GOODS, 4, "30.00", "10.00", "130.00"), PriceMismatchException.class);
    }

    @Test
    void aWrongOrderAmountIsRefused() {
        assertRefusedBeforeTheOrder(plainOrder().orderAmount("90.00"), PriceMismatchException.class);
    }

    @Test
    void couponAndBalanceMayNotExceedTheOrderAmount() {
        assertRefusedBeforeTheOrder(fullOrder().moneyPaid("80.01"), PriceMismatchException.class);
    }

    @Test
    void anotherUsersCouponOrAnUnknownOneIsRefused() {
        assertRefusedBeforeTheOrder(plainOrder().coupon(OTHERS_COUPON), CouponUnavailableException.class);
        assertRefusedBeforeTheOrder(plainOrder().coupon(999), CouponUnavailableException.class);
    }

    @Test
    void unknownGoodsAreRefused() {
        assertRefusedBeforeTheOrder(plainOrder().goodsId(4040L), GoodsNotFoundException.class);
    }

    @Test
    void anUnreachableServiceWhileReadingCreatesNoOrder() {
        goods.script.failBefore("getGoods", () -> new RpcException(RpcException.TIMEOUT_EXCEPTION, "timeout"));
        ServiceUnavailableException failure =
                assertRefusedBeforeTheOrder(plainOrder(), ServiceUnavailableException.class);
        assertThat(failure.getOrderId()).isNull();

        Journal couponJournal = new Journal();
        FakeCouponService unreachableCoupons = new FakeCouponService(couponJournal);
        unreachableCoupons.script.failBefore(
                "getCoupon", () -> new RpcException(RpcException.FORBIDDEN_EXCEPTION, "No provider available"));
        PlaceOrderSaga sagaWithoutCoupons = new PlaceOrderSaga(
                goods,
                unreachableCoupons,
                users,
                new FakeVendingService(couponJournal),
                ids::incrementAndGet,
                transitions,
                new OrderPricing(new ShippingFeePolicy()),
                new GoodsPrices(goods, properties),
                clock,
                meters,
                Correlation.none());
        assertThat(catchThrowableOfType(
                        ServiceUnavailableException.class,
                        () -> sagaWithoutCoupons.placeOrder(fullOrder().build())))
                .isNotNull();
        assertThat(orders.all()).isEmpty();
    }

    @Test
    void anOpenBreakerWhileReadingCreatesNoOrderAndSaysWhenToTryAgain() {
        coupons.script.failBefore("getCoupon", () -> new ProviderUnavailableException("CouponService", 7));

        ProviderUnavailableException failure =
                assertRefusedBeforeTheOrder(fullOrder(), ProviderUnavailableException.class);

        assertThat(failure.getOrderId()).isNull();
        assertThat(failure.retryAfterSeconds()).isEqualTo(7);
    }

    // ---------------------------------------------------------------- helpers

    private Script scriptFor(String step) {
        return switch (step) {
            case "reduceStock" -> goods.script;
            case "useCoupon" -> coupons.script;
            case "reduceBalance" -> users.script;
            default -> throw new IllegalArgumentException(step);
        };
    }

    /** Places the order, expects the refusal to name the order, and returns the order as stored. */
    private <E extends ShopException> Order placeExpectingFailure(CommandBuilder command, Class<E> expected) {
        E failure = catchThrowableOfType(expected, () -> saga.placeOrder(command.build()));
        assertThat(failure).as("expected %s", expected.getSimpleName()).isNotNull();
        assertThat(failure.getOrderId()).as("the refusal names the order").isNotNull();
        return orders.stored(failure.getOrderId());
    }

    private void assertCancelledOnceWithItsFigures(Order order, String reasonPart) {
        assertThat(order.getOrderStatus()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(order.getCancelReason()).contains(reasonPart);
        assertThat(journal.entries()).containsOnlyOnce("order.cancel");
        assertThat(events.cancelled).hasSize(1);
        RecordingOrderEventPublisher.Cancelled event = events.cancelled.get(0);
        assertThat(event.reason()).isEqualTo(order.getCancelReason());
        assertThat(event.order().getOrderId()).isEqualTo(order.getOrderId());
        assertThat(event.order().getUserId()).isEqualTo(order.getUserId());
        assertThat(event.order().getGoodsId()).isEqualTo(order.getGoodsId());
        assertThat(event.order().getGoodsNumber()).isEqualTo(order.getGoodsNumber());
        assertThat(event.order().getCouponId()).isEqualTo(order.getCouponId());
        assertThat(event.order().getMoneyPaid()).isEqualTo(order.getMoneyPaid());
        assertThat(timeline.of(order.getOrderId())).containsExactly(OrderTimelineEvent.CANCELLED);
        assertThat(orders.stored(order.getOrderId()).getPayDeadline()).isNull();
    }

    private <E extends ShopException> E assertRefusedBeforeTheOrder(CommandBuilder command, Class<E> expected) {
        E failure = catchThrowableOfType(expected, () -> saga.placeOrder(command.build()));
        assertThat(failure).as("expected %s", expected.getSimpleName()).isNotNull();
        assertNothingHappened();
        return failure;
    }

    private void assertNothingHappened() {
        assertThat(orders.all()).isEmpty();
        assertThat(journal.entries()).allMatch(entry -> entry.endsWith(".getGoods") || entry.endsWith(".getCoupon"));
        assertThat(events.cancelled).isEmpty();
    }

    /** 3 × 30.00 + 10.00 shipping = 100.00, coupon 20.00, balance 30.00: 50.00 left to pay. */
    private static CommandBuilder fullOrder() {
        return plainOrder().coupon(COUPON).moneyPaid("30.00");
    }

    /** 3 × 30.00 + 10.00 shipping = 100.00, nothing but the stock spent. */
    private static CommandBuilder plainOrder() {
        return new CommandBuilder().goods(GOODS, 3, "30.00", "10.00", "100.00");
    }

    static final class CommandBuilder {
        private long userId = USER;
        private Long goodsId;
        private Integer goodsNumber;
        private BigDecimal goodsPrice;
        private BigDecimal shippingFee;
        private BigDecimal orderAmount;
        private Long couponId;
        private BigDecimal moneyPaid;
        private String address = " 1 Main Street ";
        private String consignee = "Ann";

        CommandBuilder goods(long id, int number, String price, String fee, String amount) {
            goodsId = id;
            goodsNumber = number;
            goodsPrice = new BigDecimal(price);
            shippingFee = new BigDecimal(fee);
            orderAmount = new BigDecimal(amount);
            return this;
        }

        CommandBuilder user(long value) {
            userId = value;
            return this;
        }

        CommandBuilder goodsId(Long value) {
            goodsId = value;
            return this;
        }

        CommandBuilder goodsNumber(Integer value) {
            goodsNumber = value;
            return this;
        }

        CommandBuilder goodsPrice(String value) {
            goodsPrice = value == null ? null : new BigDecimal(value);
            return this;
        }

        CommandBuilder shippingFee(String value) {
            shippingFee = value == null ? null : new BigDecimal(value);
            return this;
        }

        CommandBuilder orderAmount(String value) {
            orderAmount = value == null ? null : new BigDecimal(value);
            return this;
        }

        CommandBuilder coupon(long value) {
            couponId = value;
            return this;
        }

        CommandBuilder moneyPaid(String value) {
            moneyPaid = value == null ? null : new BigDecimal(value);
            return this;
        }

        CommandBuilder address(String value) {
            address = value;
            return this;
        }

        CommandBuilder consignee(String value) {
            consignee = value;
            return this;
        }

        PlaceOrderCommand build() {
            return new PlaceOrderCommand(
                    userId,
                    goodsId,
                    goodsNumber,
                    goodsPrice,
                    shippingFee,
                    orderAmount,
                    couponId,
                    moneyPaid,
                    address,
                    consignee);
        }
    }
}
