-- A user's orders awaiting payment (unconfirmed, or confirmed and not paid), counted before each new order to cap
-- them: the index reaches exactly those, however many paid orders the user has.
ALTER TABLE trade_order
    ADD KEY idx_order_user_status (user_id, order_status, pay_status);

-- One row per user who ever ordered, locked by each new order of that user while it counts the user's unpaid
-- orders and inserts: concurrent confirmations of one user are counted one after another, those of different users
-- never wait for each other.
CREATE TABLE trade_order_user_lock
(
    user_id BIGINT NOT NULL,
    PRIMARY KEY (user_id)
) ENGINE = InnoDB;
