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
