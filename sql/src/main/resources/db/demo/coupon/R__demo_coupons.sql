-- Demo coupons: alice (user 1) and bob (user 2) each hold unused coupons of different values.
INSERT IGNORE INTO trade_coupon (coupon_id, coupon_price, user_id, is_used) VALUES
    (3001, 10.00, 1, 0),
    (3002, 20.00, 1, 0),
    (3003, 50.00, 1, 0),
    (3004, 10.00, 2, 0),
    (3005, 30.00, 2, 0);
