-- A delivery claims its consumer-log row by inserting it as succeeded, in the transaction of its effect; a delivery
-- that finds the row there counts itself here instead, which takes the row's lock at once, and the affected-rows
-- answer (2, not 1) tells it the message was seen before.
-- Versions are shared with every service's own migrations, which run from the same history: V5 follows the highest
-- of them (order's V4); a service's next migration is V6 or later.
ALTER TABLE trade_mq_consumer_log
    ADD COLUMN repeat_count INT NOT NULL DEFAULT 0 COMMENT 'deliveries that found the message seen before';
