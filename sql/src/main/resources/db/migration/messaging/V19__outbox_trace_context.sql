-- The trace an outbox row was written in: its W3C trace headers (traceparent, and baggage with the order's and
-- payment's ids) as JSON, sent as the message's user properties, so a consumer's log lines carry the trace and ids of
-- the change that announced the message. Null for rows written outside a trace, and for rows written before.
ALTER TABLE trade_mq_producer_temp
    ADD COLUMN trace_context VARCHAR(1024) NULL COMMENT 'W3C trace headers (JSON) of the writing transaction';
