-- The platform a payment is made at: WECHAT (WeChat Pay v2, every payment before this) or ALIPAY (a face-to-face
-- precreate trade; trade_type NATIVE, its QR code in code_url). Queries, closes and refunds go to the payment's own.

ALTER TABLE trade_pay
    ADD COLUMN channel VARCHAR(16) NOT NULL DEFAULT 'WECHAT' COMMENT 'the payment platform: WECHAT or ALIPAY'
        AFTER pay_status;
