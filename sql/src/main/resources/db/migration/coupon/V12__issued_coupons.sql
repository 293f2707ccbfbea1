-- Coupons the suite issues itself (the welcome coupon of a new user) carry what they were issued for, under a unique
-- key: a message heard again, even after its consumer-log row was purged, cannot issue a second one.
ALTER TABLE trade_coupon
    ADD COLUMN issued_for VARCHAR(64) NULL COMMENT 'why the suite issued it, e.g. welcome:<user_id>; NULL if put in',
    ADD UNIQUE KEY uk_coupon_issued_for (issued_for);
