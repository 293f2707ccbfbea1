-- Users, their balance and points, with a per-order money log.

CREATE TABLE trade_user (
    user_id       BIGINT        NOT NULL,
    user_name     VARCHAR(64)   NOT NULL,
    user_password VARCHAR(100)  NOT NULL COMMENT 'BCrypt hash',
    user_mobile   VARCHAR(32)   NULL,
    user_score    INT           NOT NULL DEFAULT 0 COMMENT 'points',
    user_reg_time DATETIME(3)   NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    user_money    DECIMAL(10,2) NOT NULL DEFAULT 0 COMMENT 'balance',
    PRIMARY KEY (user_id),
    UNIQUE KEY uk_user_name (user_name),
    CONSTRAINT chk_user_money CHECK (user_money >= 0)
) ENGINE = InnoDB;

-- One FORWARD and at most one UNDO row per order. money_log_type: 1 paid (forward), 2 refunded (undo),
-- 0 a tombstone in the forward slot written by a cancel that found nothing paid.
-- use_money is signed: -n paid, +n refunded, 0 tombstone; balance = initial + SUM(use_money).
CREATE TABLE trade_user_money_log (
    user_id        BIGINT        NOT NULL,
    order_id       BIGINT        NOT NULL,
    phase          VARCHAR(8)    NOT NULL COMMENT 'FORWARD or UNDO',
    money_log_type TINYINT       NOT NULL COMMENT '1 paid, 2 refunded, 0 tombstone',
    use_money      DECIMAL(10,2) NOT NULL,
    create_time    DATETIME(3)   NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    PRIMARY KEY (order_id, phase),
    KEY idx_money_log_user (user_id)
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
