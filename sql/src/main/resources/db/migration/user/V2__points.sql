-- Points earned by paid orders: one point per whole yuan paid, credited once per order.
CREATE TABLE trade_user_score_log (
    order_id    BIGINT      NOT NULL,
    user_id     BIGINT      NOT NULL,
    score       INT         NOT NULL,
    create_time DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    PRIMARY KEY (order_id),
    KEY idx_score_log_user (user_id),
    CONSTRAINT chk_score CHECK (score >= 0)
) ENGINE = InnoDB;
