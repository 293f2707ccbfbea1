-- Reconciliation and the refund retry walk their backlogs in id order from a cursor (keyset pagination), so rows
-- that keep failing hold up none behind them; these indexes serve that walk in place of the (status, create_time) ones.

ALTER TABLE trade_pay
    DROP KEY idx_pay_status,
    ADD KEY idx_pay_status_id (pay_status, pay_id);

ALTER TABLE trade_refund
    DROP KEY idx_refund_status,
    ADD KEY idx_refund_status_id (refund_status, refund_id);
