package com.shop.check;

import static com.shop.check.CheckedDatabases.update;

import java.math.BigDecimal;

/**
 * Plants what the services would have written for an order, part by part, so a test can write a consistent suite and
 * then break exactly one thing. Times are an hour ago unless said otherwise: settled under any bound of the tests.
 */
final class SuiteFixture {

    static final long GOODS = 1001;
    static final long USER = 1;
    static final String HOUR_AGO = "NOW(3) - INTERVAL 1 HOUR";

    SuiteFixture goods(long goodsId, int stock) {
        update(
                "goods",
                "INSERT INTO trade_goods (goods_id, goods_name, goods_number, goods_price) VALUES (?, ?, ?, 10.00)",
                goodsId,
                "goods " + goodsId,
                stock);
        return this;
    }

    SuiteFixture user(long userId, String balance) {
        update(
                "user",
                "INSERT INTO trade_user (user_id, user_name, user_password, user_money) VALUES (?, ?, 'x', ?)",
                userId,
                "user" + userId,
                new BigDecimal(balance));
        return this;
    }

    /** An order in a state (1 confirmed, 2 cancelled...) and pay state, unpaid part {@code payAmount}. */
    SuiteFixture order(
            long orderId, int status, int payStatus, int units, String moneyPaid, String payAmount, Long couponId) {
        update(
                "order",
                "INSERT INTO trade_order (order_id, user_id, order_status, pay_status, address, consignee,"
                        + " goods_id, goods_number, goods_price, goods_amount, shipping_fee, order_amount, coupon_id,"
                        + " money_paid, pay_amount, add_time, update_time) VALUES (?, ?, ?, ?, 'a', 'c', ?, ?, 10.00, ?,"
                        + " 0, ?, ?, ?, ?, " + HOUR_AGO + ", " + HOUR_AGO + ")",
                orderId,
                USER,
                status,
                payStatus,
                GOODS,
                units,
                units * 10,
                units * 10,
                couponId,
                new BigDecimal(moneyPaid),
                new BigDecimal(payAmount));
        return this;
    }

    /** The stock ledger's forward entry of an order, and the stock it took. */
    SuiteFixture stockTaken(long orderId, long goodsId, int units) {
        update(
                "goods",
                "INSERT INTO trade_goods_number_log (order_id, goods_id, phase, op, goods_number, log_time)"
                        + " VALUES (?, ?, 'FORWARD', 'REDUCE', ?, " + HOUR_AGO + ")",
                orderId,
                goodsId,
                -units);
        update("goods", "UPDATE trade_goods SET goods_number = goods_number - ? WHERE goods_id = ?", units, goodsId);
        return this;
    }

    SuiteFixture stockGivenBack(long orderId, long goodsId, int units) {
        update(
                "goods",
                "INSERT INTO trade_goods_number_log (order_id, goods_id, phase, op, goods_number, log_time)"
                        + " VALUES (?, ?, 'UNDO', 'RESTORE', ?, " + HOUR_AGO + ")",
                orderId,
                goodsId,
                units);
        update("goods", "UPDATE trade_goods SET goods_number = goods_number + ? WHERE goods_id = ?", units, goodsId);
        return this;
    }

    SuiteFixture balanceSpent(long orderId, long userId, String amount) {
        update(
                "user",
                "INSERT INTO trade_user_money_log (user_id, order_id, phase, money_log_type, use_money,"
                        + " create_time) VALUES (?, ?, 'FORWARD', 1, ?, " + HOUR_AGO + ")",
                userId,
                orderId,
                new BigDecimal(amount).negate());
        update(
                "user",
                "UPDATE trade_user SET user_money = user_money - ? WHERE user_id = ?",
                new BigDecimal(amount),
                userId);
        return this;
    }

    SuiteFixture payment(long payId, long orderId, String amount, int status) {
        update(
                "pay",
                "INSERT INTO trade_pay (pay_id, order_id, user_id, pay_amount, pay_status, create_time, update_time)"
                        + " VALUES (?, ?, ?, ?, ?, " + HOUR_AGO + ", " + HOUR_AGO + ")",
                payId,
                orderId,
                USER,
                new BigDecimal(amount),
                status);
        return this;
    }

    SuiteFixture refund(long refundId, long payId, long orderId, String amount) {
        update(
                "pay",
                "INSERT INTO trade_refund (refund_id, order_id, pay_id, refund_amount, refund_status, create_time)"
                        + " VALUES (?, ?, ?, ?, 1, " + HOUR_AGO + ")",
                refundId,
                orderId,
                payId,
                new BigDecimal(amount));
        return this;
    }

    SuiteFixture couponUsed(long couponId, long userId, long orderId) {
        update(
                "coupon",
                "INSERT INTO trade_coupon (coupon_id, coupon_price, user_id, order_id, is_used, used_time)"
                        + " VALUES (?, 5.00, ?, ?, 1, " + HOUR_AGO + ")",
                couponId,
                userId,
                orderId);
        update(
                "coupon",
                "INSERT INTO trade_coupon_log (order_id, phase, op, coupon_id, log_time)"
                        + " VALUES (?, 'FORWARD', 'USE', ?, " + HOUR_AGO + ")",
                orderId,
                couponId);
        return this;
    }
}
