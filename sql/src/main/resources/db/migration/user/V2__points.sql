-- Points earned by paid orders: one point per whole yuan paid. Like the money log, one FORWARD and at most one UNDO
-- row per order: the forward slot holds the credit (CREDIT) or, when the order was cancelled before its payment was
-- heard of, a tombstone (VOID, score 0) that refuses a late credit; the undo slot takes the credit back (REVOKE) when
-- a paid order is refunded. score is signed: +n credit, -n revoke, 0 void; user_score = SUM(score).
CREATE TABLE trade_user_score_log (
    order_id    BIGINT      NOT NULL,
    phase       VARCHAR(8)  NOT NULL COMMENT 'FORWARD or UNDO',
    op          VARCHAR(8)  NOT NULL COMMENT 'CREDIT, VOID (tombstone) or REVOKE',
    user_id     BIGINT      NOT NULL,
    score       INT         NOT NULL,
    create_time DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    PRIMARY KEY (order_id, phase),
    KEY idx_score_log_user (user_id)
) ENGINE = InnoDB;
