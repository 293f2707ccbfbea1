-- What the platform last reported against a payment that was not paid (a FAIL notification: result_code FAIL). The
-- payment stays open; the error is kept so support can tell a payer why the payment did not go through.
-- trade_type is how the trade is paid: NATIVE (the payer scans code_url) or JSAPI (inside WeChat, by prepay_id, for
-- the payer open_id).

ALTER TABLE trade_pay
    ADD COLUMN trade_type   VARCHAR(16)  NOT NULL DEFAULT 'NATIVE' AFTER pay_status,
    ADD COLUMN open_id      VARCHAR(128) NULL COMMENT 'the JSAPI payer''s openid under our appid' AFTER trade_type,
    ADD COLUMN err_code     VARCHAR(32)  NULL COMMENT 'the platform''s err_code of its last FAIL notification',
    ADD COLUMN err_code_des VARCHAR(128) NULL COMMENT 'the platform''s err_code_des of its last FAIL notification',
    ADD COLUMN fail_time    DATETIME(3)  NULL COMMENT 'when the last FAIL notification was recorded';
