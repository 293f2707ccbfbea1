-- A user's orders awaiting payment (those with a payment deadline), counted before each new order to cap them.
ALTER TABLE trade_order
    ADD KEY idx_order_user_unpaid (user_id, pay_deadline);
