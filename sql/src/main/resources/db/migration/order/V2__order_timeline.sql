-- The timeline of an order (the course's "pay log"): one entry per thing that happened to it, written by the
-- transaction or the consumer that made it happen. The key makes a repeated event a no-op.
CREATE TABLE trade_order_log (
    order_id    BIGINT       NOT NULL,
    event       VARCHAR(32)  NOT NULL COMMENT 'CONFIRMED, PAID, CANCELLED, INVALIDATED, REFUNDED, SHIPPED',
    detail      VARCHAR(255) NULL,
    create_time DATETIME(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    PRIMARY KEY (order_id, event)
) ENGINE = InnoDB;
