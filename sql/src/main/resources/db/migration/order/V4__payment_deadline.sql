-- When a confirmed order's time to pay runs out: set at confirmation while something is left to pay, cleared when
-- the order is paid or closed. The order service sweeps this index for orders due (instead of a timer message per
-- order), and a sweeper that takes one on moves its deadline to when it may be tried again.
ALTER TABLE trade_order
    ADD COLUMN pay_deadline DATETIME(3) NULL COMMENT 'when the unpaid order is closed; NULL once paid or closed'
        AFTER pay_time,
    ADD KEY idx_order_pay_deadline (pay_deadline);

-- Orders confirmed before this column existed were waiting for a timer message: ten minutes, the default time to pay.
UPDATE trade_order
   SET pay_deadline = confirm_time + INTERVAL 10 MINUTE
 WHERE order_status = 1 AND pay_status <> 2;
