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
