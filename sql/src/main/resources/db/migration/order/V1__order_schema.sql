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

-- Outbox: messages committed with the change they announce, relayed to RocketMQ after commit.
CREATE TABLE trade_mq_producer_temp (
    id           VARCHAR(64)  NOT NULL,
    group_name   VARCHAR(100) NOT NULL,
    msg_topic    VARCHAR(100) NOT NULL,
    msg_tag      VARCHAR(100) NOT NULL,
    msg_key      VARCHAR(100) NOT NULL,
    msg_body     TEXT         NOT NULL,
    deliver_time DATETIME(3)  NULL COMMENT 'set for timer messages: the broker delivers them then',
    msg_status   TINYINT      NOT NULL DEFAULT 0 COMMENT '0 pending, 1 sent (the broker answered SEND_OK)',
    attempts     INT          NOT NULL DEFAULT 0,
    last_error   VARCHAR(500) NULL,
    lease_owner  VARCHAR(64)  NULL COMMENT 'poller round that owns the row until lease_until',
    lease_until  DATETIME(3)  NULL,
    create_time  DATETIME(3)  NOT NULL,
    sent_time    DATETIME(3)  NULL,
    PRIMARY KEY (id),
    KEY idx_producer_temp_pending (msg_status, create_time),
    KEY idx_producer_temp_lease (lease_owner)
) ENGINE = InnoDB;

-- Consumer log: one row per consumer group and message key; success is written with the effect.
CREATE TABLE trade_mq_consumer_log (
    group_name         VARCHAR(100)  NOT NULL,
    msg_tag            VARCHAR(100)  NOT NULL,
    msg_key            VARCHAR(100)  NOT NULL,
    msg_id             VARCHAR(100)  NULL,
    msg_body           VARCHAR(2000) NULL,
    consumer_status    TINYINT       NOT NULL COMMENT '0 processing, 1 succeeded, 2 failed',
    consumer_times     INT           NOT NULL DEFAULT 0,
    consumer_timestamp DATETIME(3)   NOT NULL,
    remark             VARCHAR(500)  NULL,
    PRIMARY KEY (group_name, msg_tag, msg_key)
) ENGINE = InnoDB;
