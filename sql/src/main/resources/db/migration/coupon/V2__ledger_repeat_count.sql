-- A claim that finds its ledger slot taken counts itself here instead of writing nothing: the update takes the
-- slot's row lock exclusively at once, and its affected-rows answer (2, not 1) tells the claim it found the slot taken.
ALTER TABLE trade_coupon_log
    ADD COLUMN repeat_count INT NOT NULL DEFAULT 0 COMMENT 'how often a later claim found this slot taken';
