-- When the order's dispense command was last handed to the machines' broker: the time a machine has to answer counts
-- from there, not from the payment, which may lie long before (an outage between the two, a broker that was away).
-- A dispense in progress when this is applied was sent about when it started, which its update_time recorded.
ALTER TABLE trade_vending_order
    ADD COLUMN command_sent_at DATETIME(3) NULL
        COMMENT 'when the dispense command last went out; NULL until it first does';
UPDATE trade_vending_order SET command_sent_at = update_time WHERE status = 1;
