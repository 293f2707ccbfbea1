-- What each user's balance opened with (money put in from outside the suite). The balance only moves through
-- trade_user_money_log, so it is always this plus the log's signed amounts: the invariant checker (./shop check)
-- compares them. A user inserted without the column opens with the balance given at insert.
ALTER TABLE trade_user
    ADD COLUMN opening_money DECIMAL(10,2) NOT NULL DEFAULT (user_money)
        COMMENT 'money put in: user_money = this + the money log' AFTER user_money;
UPDATE trade_user u
   SET opening_money = user_money
       - COALESCE((SELECT SUM(l.use_money) FROM trade_user_money_log l WHERE l.user_id = u.user_id), 0);
