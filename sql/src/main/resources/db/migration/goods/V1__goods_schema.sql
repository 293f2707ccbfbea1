-- Goods and their stock, with a per-order ledger of every stock movement.

CREATE TABLE trade_goods (
    goods_id     BIGINT        NOT NULL,
    goods_name   VARCHAR(255)  NOT NULL,
    goods_number INT           NOT NULL DEFAULT 0 COMMENT 'units in stock',
    goods_price  DECIMAL(10,2) NOT NULL,
    goods_desc   VARCHAR(255)  NULL,
    add_time     DATETIME(3)   NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    PRIMARY KEY (goods_id),
    CONSTRAINT chk_goods_number CHECK (goods_number >= 0),
    CONSTRAINT chk_goods_price CHECK (goods_price >= 0)
) ENGINE = InnoDB;

-- One FORWARD and at most one UNDO row per order and goods. The forward slot holds either the reduction
-- (REDUCE) or, when a cancel came first, a tombstone (VOID) that refuses a late reduction: both are inserted
-- under the same primary key, so the index itself orders a late forward step against its cancel.
-- goods_number is signed: -n for REDUCE, +n for RESTORE, 0 for VOID; stock = initial + SUM(goods_number).
CREATE TABLE trade_goods_number_log (
    order_id     BIGINT      NOT NULL,
    goods_id     BIGINT      NOT NULL,
    phase        VARCHAR(8)  NOT NULL COMMENT 'FORWARD or UNDO',
    op           VARCHAR(16) NOT NULL COMMENT 'REDUCE, VOID (tombstone) or RESTORE',
    goods_number INT         NOT NULL,
    log_time     DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    PRIMARY KEY (order_id, goods_id, phase),
    KEY idx_goods_number_log_goods (goods_id)
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
