-- Coupons of users, with a per-order ledger of their use.

CREATE TABLE trade_coupon (
    coupon_id    BIGINT        NOT NULL,
    coupon_price DECIMAL(10,2) NOT NULL,
    user_id      BIGINT        NOT NULL,
    order_id     BIGINT        NULL COMMENT 'the order that spent it, while used',
    is_used      TINYINT       NOT NULL DEFAULT 0 COMMENT '0 unused, 1 used',
    used_time    DATETIME(3)   NULL,
    PRIMARY KEY (coupon_id),
    KEY idx_coupon_user (user_id),
    CONSTRAINT chk_coupon_price CHECK (coupon_price > 0)
) ENGINE = InnoDB;

-- One FORWARD and at most one UNDO row per order: USE or a VOID tombstone in the forward slot, RELEASE undoes USE.
CREATE TABLE trade_coupon_log (
    order_id  BIGINT      NOT NULL,
    phase     VARCHAR(8)  NOT NULL COMMENT 'FORWARD or UNDO',
    op        VARCHAR(16) NOT NULL COMMENT 'USE, VOID (tombstone) or RELEASE',
    coupon_id BIGINT      NOT NULL,
    log_time  DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    PRIMARY KEY (order_id, phase),
    KEY idx_coupon_log_coupon (coupon_id)
) ENGINE = InnoDB;
