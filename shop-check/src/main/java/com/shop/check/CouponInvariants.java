package com.shop.check;

import java.util.HashMap;
import java.util.Map;

/** The coupon service: a coupon is spent by at most one live order, and a live order's coupon is spent by it. */
final class CouponInvariants implements InvariantGroup {

    static final String ONE_LIVE_ORDER = "a used coupon is held by one settled, confirmed order that names it";
    static final String UNUSED_NAME_NO_ORDER = "an unused coupon names no order";
    static final String LIVE_ORDERS_HOLD_THEIRS = "each settled, confirmed order holds the coupon it names";

    @Override
    public void check(CheckContext context) {
        context.findings()
                .offending(
                        UNUSED_NAME_NO_ORDER,
                        context.db()
                                .rows(
                                        "coupon",
                                        "SELECT coupon_id, order_id FROM trade_coupon WHERE is_used = 0 AND order_id IS NOT NULL"));
        Map<Long, Long> holderOf = new HashMap<>();
        context.findings().checked(ONE_LIVE_ORDER);
        for (Map<String, Object> coupon : context.db()
                .rows(
                        "coupon",
                        "SELECT coupon_id, order_id,"
                                + " used_time <= NOW(3) - INTERVAL ? MICROSECOND AS settled FROM trade_coupon WHERE is_used = 1",
                        context.settleMicros())) {
            long couponId = Rows.longOf(coupon, "coupon_id");
            Long orderId = Rows.nullableLong(coupon, "order_id");
            holderOf.put(couponId, orderId);
            OrderRow holder = orderId == null ? null : context.orders().get(orderId);
            if (Rows.intOf(coupon, "settled") == 0 || holder != null && !holder.settled()) {
                continue;
            }
            coupon.remove("settled");
            if (holder == null || !holder.live() || !Long.valueOf(couponId).equals(holder.couponId())) {
                context.findings().violation(ONE_LIVE_ORDER, coupon);
            }
        }
        liveOrdersHoldTheirs(context, holderOf);
    }

    private void liveOrdersHoldTheirs(CheckContext context, Map<Long, Long> holderOf) {
        context.findings().checked(LIVE_ORDERS_HOLD_THEIRS);
        for (OrderRow order : context.settledOrders()) {
            if (order.live()
                    && order.couponId() != null
                    && !Long.valueOf(order.orderId()).equals(holderOf.get(order.couponId()))) {
                context.findings()
                        .violation(
                                LIVE_ORDERS_HOLD_THEIRS,
                                CheckContext.figures(
                                        order,
                                        "coupon_id",
                                        order.couponId(),
                                        "coupon_held_by",
                                        String.valueOf(holderOf.get(order.couponId()))));
            }
        }
    }
}
