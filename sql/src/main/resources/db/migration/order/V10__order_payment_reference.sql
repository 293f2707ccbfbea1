-- The payment that paid the order, as its PaymentSucceeded told: so the order's view shows it without asking the pay
-- service. NULL for orders not paid through the platform (nothing left to pay at confirmation) or paid before this.

ALTER TABLE trade_order
    ADD COLUMN pay_id         BIGINT      NULL COMMENT 'the pay service''s payment that paid the order' AFTER pay_time,
    ADD COLUMN pay_channel    VARCHAR(16) NULL COMMENT 'the payment platform, WECHAT' AFTER pay_id,
    ADD COLUMN transaction_id VARCHAR(64) NULL COMMENT 'the payment platform''s id of the trade' AFTER pay_channel;
