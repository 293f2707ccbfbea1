-- Refunds asked but never finished: a shopper's cancel records the ask (refund_asked_time), has the pay service refund
-- the payment, then moves the order to REFUNDED. When the order service dies or the pay call times out in between,
-- the order service's AskedRefundSweeper finishes it. It reads the confirmed orders with a refund asked off
-- idx_order_refund_asked (only a handful: a refunded order is no longer confirmed), and takes each on with a guarded
-- update of refund_attempt_time, which also keeps it from asking again for an order the pay service refused until the
-- retry interval has passed.
ALTER TABLE trade_order
    ADD COLUMN refund_attempt_time DATETIME(3) NULL
        COMMENT 'when the sweeper last asked the pay service to finish the asked refund' AFTER refund_asked_time,
    ADD KEY idx_order_refund_asked (order_status, refund_asked_time);
