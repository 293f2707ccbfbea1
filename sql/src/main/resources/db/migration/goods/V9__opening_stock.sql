-- What each goods and each vending channel was stocked with. Stock only moves through the ledgers, so the stock of a
-- goods is always its opening stock plus the signed movements of trade_goods_number_log, and the units of a channel
-- plus those its vending orders hold are always its opening units: the invariant checker (./shop check) compares them.
-- A row inserted without the column opens with what it holds when inserted; restocking raises both at once.
ALTER TABLE trade_goods
    ADD COLUMN opening_number INT NOT NULL DEFAULT (goods_number) COMMENT 'stock put in: goods_number = this + the ledger'
        AFTER goods_number;
UPDATE trade_goods g
   SET opening_number = goods_number
       - COALESCE((SELECT SUM(l.goods_number) FROM trade_goods_number_log l WHERE l.goods_id = g.goods_id), 0);

ALTER TABLE trade_vending_channel
    ADD COLUMN opening_capacity INT NOT NULL DEFAULT (current_capacity)
        COMMENT 'units put in: current_capacity + units held by orders = this' AFTER current_capacity;
UPDATE trade_vending_channel c
   SET opening_capacity = current_capacity
       + (SELECT COUNT(*) FROM trade_vending_order o
           WHERE o.inner_code = c.inner_code AND o.channel_code = c.channel_code AND o.status IN (0, 1, 2));
