-- Demo users alice and bob, password "shop-demo" (BCrypt, cost 10), balance 1000.00 each, shoppers; and the demo
-- operator admin, password "shop-admin", with no balance. Like all demo data, only in development mode.
INSERT IGNORE INTO trade_user (user_id, user_name, user_password, user_mobile, user_score, user_money) VALUES
    (1, 'alice', '$2a$10$8agBL9qdZbzr/drnH5egyu2qEuqfI4kR6qEOX5arMXLq0GHQ0Xz4u', '13800000001', 0, 1000.00),
    (2, 'bob',   '$2a$10$8agBL9qdZbzr/drnH5egyu2qEuqfI4kR6qEOX5arMXLq0GHQ0Xz4u', '13800000002', 0, 1000.00);
INSERT IGNORE INTO trade_user (user_id, user_name, user_password, user_mobile, user_score, user_money, user_role) VALUES
    (3, 'admin', '$2a$10$OBDgakrkajxnGRglRbnT8utokcCorNSXK7YKF2.pozdQbBrnyEZYa', NULL, 0, 0.00, 1);
