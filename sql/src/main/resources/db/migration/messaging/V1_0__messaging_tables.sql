-- The tables of shop-common's messaging, in every service database (Flyway location db/migration/messaging,
-- listed before the service's own): the outbox its relay reads and the consumer log its consumers write.

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
