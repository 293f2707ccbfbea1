-- Payments of orders. pay_status: 1 paying, 2 paid, 3 closed. open_order_id equals order_id while the
-- payment is open and is NULL once closed, so the unique key allows one open payment per order.

CREATE TABLE trade_pay (
    pay_id         BIGINT        NOT NULL,
    order_id       BIGINT        NOT NULL,
    user_id        BIGINT        NOT NULL,
    pay_amount     DECIMAL(10,2) NOT NULL,
    pay_status     TINYINT       NOT NULL,
    open_order_id  BIGINT        NULL,
    code_url       VARCHAR(255)  NULL,
    prepay_id      VARCHAR(64)   NULL,
    transaction_id VARCHAR(64)   NULL COMMENT 'the payment platform''s id of the trade',
    create_time    DATETIME(3)   NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    pay_time       DATETIME(3)   NULL,
    update_time    DATETIME(3)   NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3),
    PRIMARY KEY (pay_id),
    UNIQUE KEY uk_pay_open_order (open_order_id),
    KEY idx_pay_order (order_id),
    KEY idx_pay_status (pay_status, create_time),
    CONSTRAINT chk_pay_amount CHECK (pay_amount > 0)
) ENGINE = InnoDB;
