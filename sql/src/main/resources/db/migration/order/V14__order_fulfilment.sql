-- Fulfilment: an operator ships a paid ordinary order (shipping_status 1) and its shopper confirms receiving it (3).
-- refund_asked_time: when its shopper first asked to cancel the paid order with a refund. It is set by a guarded
-- update before the refund is asked of the pay service, and an order with it is never shipped: a refund and a
-- shipment racing for one order cannot both win.
ALTER TABLE trade_order
    MODIFY COLUMN shipping_status TINYINT NOT NULL DEFAULT 0
        COMMENT '0 not shipped, 1 shipped, 2 returned, 3 received',
    ADD COLUMN refund_asked_time DATETIME(3) NULL
        COMMENT 'when the shopper asked for a refund; an order with one is never shipped' AFTER pay_deadline,
    ADD KEY idx_order_add_time (add_time);

ALTER TABLE trade_order_log
    MODIFY COLUMN event VARCHAR(32) NOT NULL
        COMMENT 'CONFIRMED, PAID, CANCELLED, INVALIDATED, REFUNDED, SHIPPED, RECEIVED';
