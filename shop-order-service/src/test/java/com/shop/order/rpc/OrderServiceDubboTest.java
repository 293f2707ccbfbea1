package com.shop.order.rpc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import com.shop.api.OrderService;
import com.shop.api.ServiceVersions;
import com.shop.api.exception.InsufficientBalanceException;
import com.shop.api.exception.InsufficientStockException;
import com.shop.api.exception.InvalidRequestException;
import com.shop.api.exception.OrderNotFoundException;
import com.shop.api.exception.PriceMismatchException;
import com.shop.api.exception.ServiceUnavailableException;
import com.shop.api.exception.ShopException;
import com.shop.order.OrderServiceTestBase;
import com.shop.order.support.ParticipantCall;
import com.shop.pojo.event.OrderCancelled;
import com.shop.pojo.order.ConfirmOrderRequest;
import com.shop.pojo.order.OrderPage;
import com.shop.pojo.order.OrderStatus;
import com.shop.pojo.order.OrderView;
import com.shop.pojo.order.PayStatus;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.dubbo.config.annotation.DubboReference;
import org.apache.dubbo.config.spring.ReferenceBean;
import org.apache.dubbo.config.spring.ServiceBean;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The order service as the web edge sees it: its provider called through the registry and the network, calling in
 * turn goods, coupon and user providers over the network.
 */
class OrderServiceDubboTest extends OrderServiceTestBase {

    /** scope "remote": through the registry and the network, not Dubbo's in-JVM shortcut. */
    @DubboReference(version = ServiceVersions.V1, scope = "remote", check = false, timeout = 30_000)
    OrderService orderService;

    @Autowired
    ApplicationContext context;

    @Test
    void everyCallWaitsWhatItsSettingSaysAndCallersWaitTheConfirmationsBudget() {
        assertThat(List.of("goodsService", "couponService", "userService", "vendingService", "paymentService"))
                .extracting(
                        name -> context.getBean("&" + name, ReferenceBean.class).getReferenceConfig())
                .extracting(reference -> reference.getTimeout(), reference -> reference.getRetries())
                .containsExactly(tuple(2_000, 0), tuple(3_000, 0), tuple(3_000, 0), tuple(3_000, 0), tuple(8_000, 0));
        assertThat(context.getBean("orderServiceExport", ServiceBean.class).getTimeout())
                .isEqualTo(20_000);
    }

    @Test
    void aGoodOrderIsConfirmedAndSpendsEachPartOnceOverTheNetwork() {
        long userId = participants.users().add("100.00");
        long goodsId = participants.goods().add("30.00", 10);
        long couponId = participants.coupons().add(userId, "20.00");

        OrderView order = orderService.confirmOrder(
                userId,
                request(goodsId, 3, "30.00", "10.00", "100.00")
                        .couponId(couponId)
                        .moneyPaid(new BigDecimal("30.00"))
                        .build());

        assertThat(order.getOrderStatus()).isEqualTo(OrderStatus.CONFIRMED);
        assertThat(order.getPayStatus()).isEqualTo(PayStatus.UNPAID);
        assertThat(order.getUserId()).isEqualTo(userId);
        assertThat(order.getGoodsAmount()).isEqualTo("90.00");
        assertThat(order.getShippingFee()).isEqualTo("10.00");
        assertThat(order.getOrderAmount()).isEqualTo("100.00");
        assertThat(order.getCouponPaid()).isEqualTo("20.00");
        assertThat(order.getMoneyPaid()).isEqualTo("30.00");
        assertThat(order.getPayAmount()).isEqualTo("50.00");
        assertThat(order.getAddTime()).isNotNull();
        assertThat(order.getConfirmTime()).isNotNull();
        assertThat(orderRow(order.getOrderId()))
                .containsEntry("order_status", 1)
                .containsEntry("pay_status", 0);

        List<ParticipantCall> calls = callsFor(order.getOrderId());
        assertThat(calls)
                .extracting(ParticipantCall::method)
                .containsExactly("reduceStock", "useCoupon", "reduceBalance");
        assertThat(calls).extracting(ParticipantCall::protocol).containsOnly("dubbo");
        assertThat(participants.goods().stockOf(goodsId)).isEqualTo(7);
        assertThat(participants.coupons().coupon(couponId).getOrderId()).isEqualTo(order.getOrderId());
        assertThat(participants.users().balanceOf(userId)).isEqualByComparingTo("70.00");
        assertThat(outboxStatus(order.getOrderId())).isNull();

        assertThat(orderService.getOrder(userId, order.getOrderId())).isEqualTo(order);
        assertThat(catchThrowableOfType(
                        OrderNotFoundException.class, () -> orderService.getOrder(userId + 1, order.getOrderId())))
                .isNotNull();
    }

    @Test
    void aRefusedOrderIsCancelledTheCallerLearnsWhichAndTheCancelReachesTheBroker() {
        long userId = participants.users().add("100.00");
        long goodsId = participants.goods().add("30.00", 2);
        long couponId = participants.coupons().add(userId, "20.00");

        InsufficientStockException refusal = catchThrowableOfType(
                InsufficientStockException.class,
                () -> orderService.confirmOrder(
                        userId,
                        request(goodsId, 3, "30.00", "10.00", "100.00")
                                .couponId(couponId)
                                .moneyPaid(new BigDecimal("30.00"))
                                .build()));

        assertThat(refusal).isNotNull();
        assertThat(refusal.getCode()).isEqualTo("STOCK_INSUFFICIENT");
        long orderId = refusal.getOrderId();
        assertCancelledAndAnnounced(orderId, userId, goodsId, 3, couponId, "30.00", "reduce stock refused");
        assertThat(callsFor(orderId)).extracting(ParticipantCall::method).containsExactly("reduceStock");
    }

    @Test
    void aBalanceRefusalAfterStockAndCouponWereSpentAnnouncesAllOfIt() {
        long userId = participants.users().add("10.00");
        long goodsId = participants.goods().add("30.00", 10);
        long couponId = participants.coupons().add(userId, "20.00");

        InsufficientBalanceException refusal = catchThrowableOfType(
                InsufficientBalanceException.class,
                () -> orderService.confirmOrder(
                        userId,
                        request(goodsId, 3, "30.00", "10.00", "100.00")
                                .couponId(couponId)
                                .moneyPaid(new BigDecimal("30.00"))
                                .build()));

        assertThat(refusal).isNotNull();
        long orderId = refusal.getOrderId();
        assertCancelledAndAnnounced(orderId, userId, goodsId, 3, couponId, "30.00", "reduce balance refused");
        assertThat(callsFor(orderId))
                .extracting(ParticipantCall::method)
                .containsExactly("reduceStock", "useCoupon", "reduceBalance");
    }

    @Test
    void aStepThatTimesOutCancelsTheOrderAndTheCallerHearsUnavailable() {
        long userId = participants.users().add("0.00");
        long goodsId = participants.goods().add("50.00", 10);
        participants.goods().slowDown(goodsId, 2_500); // the reference waits 2 000 ms (3 000 by default)

        ServiceUnavailableException failure = catchThrowableOfType(
                ServiceUnavailableException.class,
                () -> orderService.confirmOrder(
                        userId, request(goodsId, 1, "50.00", "10.00", "60.00").build()));

        assertThat(failure).isNotNull();
        assertThat(failure.getCode()).isEqualTo("SERVICE_UNAVAILABLE");
        assertCancelledAndAnnounced(failure.getOrderId(), userId, goodsId, 1, null, "0.00", "reduce stock failed");
    }

    @Test
    void refusalsBeforeTheOrderExistsCreateNothing() {
        long userId = participants.users().add("100.00");
        long goodsId = participants.goods().add("30.00", 10);

        PriceMismatchException mismatch = catchThrowableOfType(
                PriceMismatchException.class,
                () -> orderService.confirmOrder(
                        userId, request(goodsId, 3, "29.00", "10.00", "97.00").build()));
        InvalidRequestException invalid = catchThrowableOfType(
                InvalidRequestException.class,
                () -> orderService.confirmOrder(
                        userId,
                        request(goodsId, 1000, "30.00", "0.00", "30000.00").build()));
        InvalidRequestException empty =
                catchThrowableOfType(InvalidRequestException.class, () -> orderService.confirmOrder(userId, null));

        for (ShopException refusal : List.of(mismatch, invalid, empty)) {
            assertThat(refusal).isNotNull();
            assertThat(refusal.getOrderId()).isNull();
        }
        assertThat(orderService.listOrders(userId, 0, 10).getTotal()).isZero();
        assertThat(participants.goods().stockOf(goodsId)).isEqualTo(10);
    }

    @Test
    void aUsersOrdersArePagedNewestFirst() {
        long userId = participants.users().add("0.00");
        long goodsId = participants.goods().add("5.00", 100);
        List<Long> placed = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            placed.add(orderService
                    .confirmOrder(
                            userId,
                            request(goodsId, 1, "5.00", "10.00", "15.00").build())
                    .getOrderId());
        }

        OrderPage first = orderService.listOrders(userId, 0, 2);
        OrderPage second = orderService.listOrders(userId, 1, 2);

        assertThat(first.getTotal()).isEqualTo(3);
        assertThat(first.getItems()).extracting(OrderView::getOrderId).containsExactly(placed.get(2), placed.get(1));
        assertThat(second.getItems()).extracting(OrderView::getOrderId).containsExactly(placed.get(0));
        assertThat(catchThrowableOfType(InvalidRequestException.class, () -> orderService.listOrders(userId, 0, 101)))
                .isNotNull();
    }

    private void assertCancelledAndAnnounced(
            long orderId, long userId, long goodsId, int goodsNumber, Long couponId, String moneyPaid, String reason) {
        assertThat(orderStatus(orderId)).isEqualTo(OrderStatus.CANCELLED.code());
        assertThat((String) orderRow(orderId).get("cancel_reason")).startsWith(reason);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(outboxStatus(orderId)).isEqualTo(1);
            assertThat(observedEvents.cancellationsOf(orderId)).isNotEmpty();
        });
        assertThat(outboxRows(orderId)).isEqualTo(1);
        OrderCancelled event = observedEvents.cancellationsOf(orderId).get(0);
        assertThat(event.getOrderId()).isEqualTo(orderId);
        assertThat(event.getUserId()).isEqualTo(userId);
        assertThat(event.getGoodsId()).isEqualTo(goodsId);
        assertThat(event.getGoodsNumber()).isEqualTo(goodsNumber);
        assertThat(event.getCouponId()).isEqualTo(couponId);
        assertThat(event.getMoneyPaid()).isEqualByComparingTo(moneyPaid);
        assertThat(event.getReason()).isEqualTo(orderRow(orderId).get("cancel_reason"));
    }

    private List<ParticipantCall> callsFor(long orderId) {
        List<ParticipantCall> calls = new ArrayList<>(participants.goods().callsFor(orderId));
        calls.addAll(participants.coupons().callsFor(orderId));
        calls.addAll(participants.users().callsFor(orderId));
        return calls;
    }

    private static ConfirmOrderRequest.ConfirmOrderRequestBuilder request(
            long goodsId, int number, String price, String fee, String amount) {
        return ConfirmOrderRequest.builder()
                .goodsId(goodsId)
                .goodsNumber(number)
                .goodsPrice(new BigDecimal(price))
                .shippingFee(new BigDecimal(fee))
                .orderAmount(new BigDecimal(amount))
                .address("1 Network Road")
                .consignee("Remote Tester");
    }
}
