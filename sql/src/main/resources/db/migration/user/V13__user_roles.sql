-- What a user may do: 0 shopper (every account signing up makes), 1 operator (the back office: every user's orders,
-- shipping). An operator is made here only, never through the API; existing accounts stay shoppers.
ALTER TABLE trade_user
    ADD COLUMN user_role TINYINT NOT NULL DEFAULT 0 COMMENT 'role: 0 shopper, 1 operator' AFTER user_money,
    ADD CONSTRAINT chk_user_role CHECK (user_role IN (0, 1));
