-- Outbox rows the broker keeps refusing are parked (2) with their last error instead of being retried forever; an
-- operator re-arms one once its cause is fixed (docs/architecture.md, section 5). Only the comment changes.
ALTER TABLE trade_mq_producer_temp
    MODIFY COLUMN msg_status TINYINT NOT NULL DEFAULT 0
        COMMENT '0 pending, 1 sent (the broker answered SEND_OK), 2 parked (refused shop.outbox.max-attempts times)';
