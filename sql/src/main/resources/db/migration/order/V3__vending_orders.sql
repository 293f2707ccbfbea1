-- A vending order names the machine that dispenses it; ordinary (shipped) orders leave it NULL.
ALTER TABLE trade_order
    ADD COLUMN inner_code VARCHAR(32) NULL COMMENT 'the vending machine of a vending order' AFTER goods_id;
