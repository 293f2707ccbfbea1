-- Orders. Status codes: order_status 0 unconfirmed, 1 confirmed, 2 cancelled, 3 invalid, 4 refunded;
-- pay_status 0 unpaid, 1 paying, 2 paid; shipping_status 0 not shipped, 1 shipped, 2 returned.

CREATE TABLE trade_order (
    order_id        BIGINT        NOT NULL,
    user_id         BIGINT        NOT NULL,
    order_status    TINYINT       NOT NULL,
    pay_status      TINYINT       NOT NULL DEFAULT 0,
    shipping_status TINYINT       NOT NULL DEFAULT 0,
    address         VARCHAR(255)  NOT NULL,
    consignee       VARCHAR(64)   NOT NULL,
    goods_id        BIGINT        NOT NULL,
    goods_number    INT           NOT NULL,
    goods_price     DECIMAL(10,2) NOT NULL,
    goods_amount    DECIMAL(10,2) NOT NULL COMMENT 'goods_price * goods_number',
    shipping_fee    DECIMAL(10,2) NOT NULL,
    order_amount    DECIMAL(10,2) NOT NULL COMMENT 'goods_amount + shipping_fee',
    coupon_id       BIGINT        NULL,
    coupon_paid     DECIMAL(10,2) NOT NULL DEFAULT 0,
    money_paid      DECIMAL(10,2) NOT NULL DEFAULT 0 COMMENT 'paid from the balance',
    pay_amount      DECIMAL(10,2) NOT NULL COMMENT 'left to pay: order_amount - coupon_paid - money_paid',
    cancel_reason   VARCHAR(255)  NULL,
    add_time        DATETIME(3)   NOT NULL,
    confirm_time    DATETIME(3)   NULL,
    pay_time        DATETIME(3)   NULL,
    update_time     DATETIME(3)   NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3),
    PRIMARY KEY (order_id),
    KEY idx_order_user (user_id, add_time),
    KEY idx_order_status (order_status, add_time),
    CONSTRAINT chk_order_pay_amount CHECK (pay_amount >= 0)
) ENGINE = InnoDB;
