package com.shop.order.persistence;

import com.shop.order.domain.OrderTimeline;
import com.shop.order.domain.OrderTimelineEvent;
import org.springframework.stereotype.Repository;

@Repository
public class MyBatisOrderTimeline implements OrderTimeline {

    /** Size of {@code trade_order_log.detail}. */
    static final int MAX_DETAIL_LENGTH = 255;

    private final OrderTimelineMapper mapper;

    public MyBatisOrderTimeline(OrderTimelineMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public boolean record(long orderId, OrderTimelineEvent event, String detail) {
        return mapper.insertIfAbsent(orderId, event.name(), fitting(detail)) == 1;
    }

    private static String fitting(String detail) {
        if (detail == null || detail.codePointCount(0, detail.length()) <= MAX_DETAIL_LENGTH) {
            return detail;
        }
        return detail.substring(0, detail.offsetByCodePoints(0, MAX_DETAIL_LENGTH - 1)) + "…";
    }
}
