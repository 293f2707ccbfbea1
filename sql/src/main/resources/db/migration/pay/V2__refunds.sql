-- Closing and refunding payments.

ALTER TABLE trade_pay
    ADD COLUMN close_time DATETIME(3) NULL COMMENT 'when the trade was closed at the payment platform' AFTER pay_time;

-- At most one refund per payment: all of what was paid, refunded once. A payer's money that reached a trade closed
-- meanwhile is refunded the same way. refund_status: 0 pending (recorded, not yet accepted by the platform),
-- 1 succeeded.
CREATE TABLE trade_refund (
    refund_id         BIGINT        NOT NULL COMMENT 'also the out_refund_no sent to the platform',
    order_id          BIGINT        NOT NULL,
    pay_id            BIGINT        NOT NULL,
    refund_amount     DECIMAL(10,2) NOT NULL,
    refund_status     TINYINT       NOT NULL,
    reason            VARCHAR(255)  NULL,
    gateway_refund_id VARCHAR(64)   NULL COMMENT 'the platform''s refund_id',
    create_time       DATETIME(3)   NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    refund_time       DATETIME(3)   NULL,
    PRIMARY KEY (refund_id),
    UNIQUE KEY uk_refund_pay (pay_id),
    KEY idx_refund_order (order_id),
    KEY idx_refund_status (refund_status, create_time),
    CONSTRAINT chk_refund_amount CHECK (refund_amount > 0)
) ENGINE = InnoDB;
