-- Versions are shared with every service's own migrations, which run from the same history: a service's next
-- migration is V8 or later.

-- Outbox rows the broker keeps refusing are parked (2) with their last error instead of being retried forever; an
-- operator re-arms one once its cause is fixed (docs/architecture.md, section 5). Only the comment changes.
ALTER TABLE trade_mq_producer_temp
    MODIFY COLUMN msg_status TINYINT NOT NULL DEFAULT 0
        COMMENT '0 pending, 1 sent (the broker answered SEND_OK), 2 parked (refused shop.outbox.max-attempts times)';

-- The purge deletes consumer-log rows of messages handled longer ago than the retention, a few hundred a statement,
-- and the health counts the failed ones: both read this range instead of the whole table. The outbox needs none:
-- its purge reads the range (msg_status = 1, create_time) of idx_producer_temp_pending.
ALTER TABLE trade_mq_consumer_log
    ADD KEY idx_consumer_log_status_time (consumer_status, consumer_timestamp);
