-- Each dispense command carries an id of its own, kept with the order's row when the dispense starts; a machine echoes
-- it in its result, and a result that does not carry the id of the command sent for its order is ignored. Versioned
-- 6: the goods and messaging migrations share one history, and messaging already took 5.
ALTER TABLE trade_vending_order
    ADD COLUMN command_id VARCHAR(64) NULL COMMENT 'the id of the dispense command sent for the order; NULL before it is paid';
