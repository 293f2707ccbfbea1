-- A refund the platform accepted is not yet made: it ends succeeded (the money reached the payer) or failed (the
-- platform refused or closed it, or the payer's account refused the money), as its notification or a refund query
-- tells. refund_status: 0 pending, 1 succeeded, 2 failed. A failed refund is parked for an operator with its reason.
ALTER TABLE trade_refund
    ADD COLUMN accept_time    DATETIME(3)  NULL COMMENT 'when the platform accepted the refund request' AFTER create_time,
    ADD COLUMN failure_reason VARCHAR(255) NULL COMMENT 'why the platform did not make the refund (failed only)' AFTER reason;
