package com.shop.order.persistence;

import com.shop.common.trail.TrailSource;
import com.shop.pojo.trail.TrailEntry;
import com.shop.pojo.trail.TrailKind;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * The order service's own part of an order's trail: the pre-order that placed it (the saga's first step) and every
 * entry of its timeline ({@code trade_order_log}): confirmed, paid, cancelled, invalidated, refunded, shipped.
 */
@Component
public class MyBatisOrderTrail implements TrailSource {

    private final OrderTimelineMapper mapper;

    public MyBatisOrderTrail(OrderTimelineMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public List<TrailEntry> entriesOf(long orderId) {
        return mapper.findTrail(orderId).stream()
                .map(MyBatisOrderTrail::toEntry)
                .toList();
    }

    private static TrailEntry toEntry(OrderTrailRow row) {
        boolean placed = OrderTrailRow.PLACED.equals(row.getEvent());
        return TrailEntry.builder()
                .time(row.getTime())
                .kind(placed ? TrailKind.STEP : TrailKind.ORDER)
                .name("order " + row.getEvent().toLowerCase(Locale.ROOT))
                .detail(row.getDetail())
                .amount(row.getAmount())
                .build();
    }
}
