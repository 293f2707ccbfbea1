-- Refunds asked but never finished: a shopper's cancel records the ask (refund_asked_time), has the pay service refund
-- the payment, then moves the order to REFUNDED. When the order service dies or the pay call times out in between,
-- the order service's AskedRefundSweeper finishes it.
--
-- refund_pending_since is the ask's time while the order is confirmed, NULL otherwise, so its index holds only the
-- handful of asked refunds not finished yet (a refunded order is no longer confirmed) and the sweeper reads them off
-- it. It is generated rather than a key over order_status and refund_asked_time because the guarded moves filter on
-- those: a shipment looking its order up through an index that a concurrent refund ask rewrites could deadlock with it.
-- refund_attempt_time is written by the sweeper's guarded take-on, which also keeps it from asking again for an order
-- the pay service refused until the retry interval has passed.
ALTER TABLE trade_order
    ADD COLUMN refund_attempt_time DATETIME(3) NULL
        COMMENT 'when the sweeper last asked the pay service to finish the asked refund' AFTER refund_asked_time,
    ADD COLUMN refund_pending_since DATETIME(3) AS (IF(order_status = 1, refund_asked_time, NULL)) STORED
        COMMENT 'the refund ask of a still confirmed order' AFTER refund_attempt_time,
    ADD KEY idx_order_refund_pending (refund_pending_since);
