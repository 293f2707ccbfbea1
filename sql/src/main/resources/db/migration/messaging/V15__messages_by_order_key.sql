-- An order's trail (GET /api/orders/{id}/timeline) reads the messages of one order by their key, the order id (or
-- <orderId>:<suffix> for one of several timers): these keys make that a range read instead of a scan of the tables.
-- Each insert into the outbox and the consumer log maintains one index more; no statement is added.
ALTER TABLE trade_mq_producer_temp
    ADD KEY idx_producer_temp_key (msg_key);
ALTER TABLE trade_mq_consumer_log
    ADD KEY idx_consumer_log_key (msg_key);
