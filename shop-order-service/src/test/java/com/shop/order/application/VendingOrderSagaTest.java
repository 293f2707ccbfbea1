package com.shop.order.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.shop.api.exception.GoodsNotFoundException;
import com.shop.api.exception.InsufficientStockException;
import com.shop.api.exception.InvalidRequestException;
import com.shop.api.exception.MachineBusyException;
import com.shop.api.exception.MachineNotFoundException;
import com.shop.api.exception.ServiceUnavailableException;
import com.shop.api.exception.ShopException;
import com.shop.common.tracing.Correlation;
import com.shop.order.domain.Order;
import com.shop.order.domain.OrderPricing;
import com.shop.order.domain.ShippingFeePolicy;
import com.shop.order.support.FakeCouponService;
import com.shop.order.support.FakeGoodsService;
import com.shop.order.support.FakeUserService;
import com.shop.order.support.FakeVendingService;
import com.shop.order.support.Journal;
import com.shop.pojo.order.OrderStatus;
import com.shop.pojo.order.PayStatus;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.dubbo.rpc.RpcException;
import org.junit.jupiter.api.Test;

/** The confirmation saga for one unit from a vending machine, against fakes of the services it calls. */
class VendingOrderSagaTest {

    private static final OrderMeters METERS = new OrderMeters(new SimpleMeterRegistry());

    private static final long USER = 7;
    private static final String MACHINE = "01000028";
    private static final long WATER = 2001; // 2.00, 5 units
    private static final long CHIPS = 2004; // sold out

    private final Journal journal = new Journal();
    private final FakeVendingService vending =
            new FakeVendingService(journal).with(MACHINE, WATER, "2.00", 5).with(MACHINE, CHIPS, "6.50", 0);
    private final InMemoryOrderRepository orders = new InMemoryOrderRepository(journal);
    private final RecordingOrderEventPublisher events = new RecordingOrderEventPublisher();
    private final Clock clock = Clock.fixed(Instant.parse("2026-12-01T10:00:00Z"), ZoneOffset.UTC);
    private final OrderTransitions transitions =
            new OrderTransitions(orders, events, new InMemoryOrderTimeline(), new OrderProperties(), clock, METERS);
    private final AtomicLong ids = new AtomicLong(70_000);
    private final FakeGoodsService goods = new FakeGoodsService(journal);
    private final PlaceOrderSaga saga = new PlaceOrderSaga(
            goods,
            new FakeCouponService(journal),
            new FakeUserService(journal),
            vending,
            ids::incrementAndGet,
            transitions,
            new OrderPricing(new ShippingFeePolicy()),
            new GoodsPrices(goods, new OrderProperties()),
            clock,
            METERS,
            Correlation.none());

    @Test
    void oneUnitAtTheMachinesPriceWithoutShippingIsReservedAndConfirmed() {
        Order order = saga.placeVendingOrder(new VendingOrderCommand(USER, MACHINE, WATER));

        assertThat(journal.entries())
                .containsExactly("vending.quote", "order.insert", "vending.reserve", "order.confirm");
        assertThat(order.getOrderStatus()).isEqualTo(OrderStatus.CONFIRMED);
        assertThat(order.getPayStatus()).isEqualTo(PayStatus.UNPAID);
        assertThat(order.getInnerCode()).isEqualTo(MACHINE);
        assertThat(order.getGoodsNumber()).isEqualTo(1);
        assertThat(order.getGoodsPrice()).isEqualByComparingTo("2.00");
        assertThat(order.getShippingFee()).isEqualByComparingTo("0.00");
        assertThat(order.getOrderAmount()).isEqualByComparingTo("2.00");
        assertThat(order.getPayAmount()).isEqualByComparingTo("2.00");
        assertThat(order.getCouponId()).isNull();
        assertThat(order.getMoneyPaid()).isEqualByComparingTo("0.00");
        assertThat(order.getAddress()).isEqualTo("Lobby of building " + MACHINE);
        assertThat(vending.unitsOf(MACHINE, WATER)).isEqualTo(4);
        assertThat(vending.leaseholder(MACHINE)).isEqualTo(order.getOrderId());
        assertThat(order.getPayDeadline())
                .as("its payment falls due sooner than an ordinary order's: it holds a machine")
                .isEqualTo(Date.from(clock.instant().plus(Duration.ofMinutes(2))));
        assertThat(events.cancelled).isEmpty();
    }

    @Test
    void aSecondBuyerOfABusyMachineIsRefusedAndTheirOrderCancelledWithItsMachine() {
        Order first = saga.placeVendingOrder(new VendingOrderCommand(USER, MACHINE, WATER));

        MachineBusyException busy = catchThrowableOfType(
                MachineBusyException.class,
                () -> saga.placeVendingOrder(new VendingOrderCommand(USER + 1, MACHINE, WATER)));

        assertThat(busy.getCode()).isEqualTo("MACHINE_BUSY");
        assertThat(busy.getOrderId()).isNotNull().isNotEqualTo(first.getOrderId());
        Order refused = orders.stored(busy.getOrderId());
        assertThat(refused.getOrderStatus()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(refused.getCancelReason()).contains("MACHINE_BUSY");
        assertThat(events.cancelled).singleElement().satisfies(cancelled -> {
            assertThat(cancelled.order().getOrderId()).isEqualTo(busy.getOrderId());
            assertThat(cancelled.order().getInnerCode())
                    .as("the fan-out knows it is a vending order")
                    .isEqualTo(MACHINE);
        });
        assertThat(vending.unitsOf(MACHINE, WATER)).isEqualTo(4);
    }

    @Test
    void soldOutUnknownMachinesAndUnknownGoodsAreRefusedBeforeAnyOrder() {
        assertRefusedBeforeTheOrder(new VendingOrderCommand(USER, MACHINE, CHIPS), InsufficientStockException.class);
        assertRefusedBeforeTheOrder(new VendingOrderCommand(USER, "99999999", WATER), MachineNotFoundException.class);
        assertRefusedBeforeTheOrder(new VendingOrderCommand(USER, MACHINE, 4040L), GoodsNotFoundException.class);
    }

    @Test
    void malformedRequestsAreRefusedBeforeAnythingIsRead() {
        for (VendingOrderCommand command : new VendingOrderCommand[] {
            new VendingOrderCommand(USER, null, WATER), new VendingOrderCommand(USER, " ", WATER),
            new VendingOrderCommand(USER, "0100 0028", WATER), new VendingOrderCommand(USER, "x".repeat(33), WATER),
            new VendingOrderCommand(USER, MACHINE, null), new VendingOrderCommand(USER, MACHINE, 0L),
            new VendingOrderCommand(0, MACHINE, WATER)
        }) {
            assertRefusedBeforeTheOrder(command, InvalidRequestException.class);
        }
        assertThat(journal.entries()).isEmpty();
    }

    @Test
    void aReservationThatTimesOutCancelsTheOrderAndSaysTheServiceWasUnavailable() {
        vending.script.failAfter("reserve", () -> new RpcException(RpcException.TIMEOUT_EXCEPTION, "timeout"));

        ServiceUnavailableException failure = catchThrowableOfType(
                ServiceUnavailableException.class,
                () -> saga.placeVendingOrder(new VendingOrderCommand(USER, MACHINE, WATER)));

        assertThat(orders.stored(failure.getOrderId()).getOrderStatus()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(events.cancelled).hasSize(1);
    }

    private <E extends ShopException> void assertRefusedBeforeTheOrder(VendingOrderCommand command, Class<E> expected) {
        E failure = catchThrowableOfType(expected, () -> saga.placeVendingOrder(command));
        assertThat(failure).as("expected %s", expected.getSimpleName()).isNotNull();
        assertThat(failure.getOrderId()).isNull();
        assertThat(orders.all()).isEmpty();
    }
}
