package com.shop.check;

/** Orders end: none stays unconfirmed, none stays open past its payment deadline (the sweepers' job). */
final class ProgressInvariants implements InvariantGroup {

    static final String CONFIRMED_OR_CANCELLED = "no order is left unconfirmed past the bound";
    static final String PAID_OR_CLOSED = "no unpaid order is left open past its payment deadline and the bound";

    @Override
    public void check(CheckContext context) {
        context.findings()
                .offending(
                        CONFIRMED_OR_CANCELLED,
                        context.db()
                                .rows(
                                        "order",
                                        "SELECT order_id, user_id,"
                                                + " add_time FROM trade_order WHERE order_status = 0 AND add_time < NOW(3) - INTERVAL ? MICROSECOND",
                                        context.stuckMicros()));
        context.findings()
                .offending(
                        PAID_OR_CLOSED,
                        context.db()
                                .rows(
                                        "order",
                                        "SELECT order_id, user_id,"
                                                + " pay_deadline FROM trade_order WHERE order_status = 1 AND pay_status <> 2"
                                                + " AND pay_deadline < NOW(3) - INTERVAL ? MICROSECOND",
                                        context.stuckMicros()));
    }
}
