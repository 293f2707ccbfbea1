-- Demo users alice and bob, password "shop-demo" (BCrypt, cost 10), balance 1000.00 each.
INSERT IGNORE INTO trade_user (user_id, user_name, user_password, user_mobile, user_score, user_money) VALUES
    (1, 'alice', '$2a$10$8agBL9qdZbzr/drnH5egyu2qEuqfI4kR6qEOX5arMXLq0GHQ0Xz4u', '13800000001', 0, 1000.00),
    (2, 'bob',   '$2a$10$8agBL9qdZbzr/drnH5egyu2qEuqfI4kR6qEOX5arMXLq0GHQ0Xz4u', '13800000002', 0, 1000.00);
