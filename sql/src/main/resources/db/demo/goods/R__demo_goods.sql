-- Demo goods: prices under and over 100.00 (free shipping over 100.00), stock of at least 100.
-- 2001-2006 are snacks and drinks the demo vending machines sell (R__demo_vending.sql), at their channels' prices.
INSERT IGNORE INTO trade_goods (goods_id, goods_name, goods_number, goods_price, goods_desc) VALUES
    (1001, 'Mechanical keyboard',      200, 399.00, 'Hot-swappable switches, 87 keys'),
    (1002, 'Wireless mouse',           300,  89.00, 'Silent clicks, two-year battery'),
    (1003, 'USB-C hub',                150,  59.90, '7 ports with power delivery'),
    (1004, 'Noise-cancelling headset', 120, 899.00, 'Over-ear, 30 h battery'),
    (1005, 'Notebook stand',           250, 129.00, 'Aluminium, adjustable height'),
    (1006, 'Desk mat',                 500,  39.90, '90 x 40 cm, stitched edges'),
    (1007, 'Webcam 1080p',             100, 249.00, 'Autofocus, privacy shutter'),
    (1008, 'Cable organiser',          400,  19.90, 'Pack of 10 velcro ties'),
    (2001, 'Mineral water',            600,   2.00, '550 ml bottle'),
    (2002, 'Cola',                     600,   3.50, '330 ml can'),
    (2003, 'Green tea',                400,   3.00, '500 ml bottle, unsweetened'),
    (2004, 'Potato chips',             300,   6.50, '70 g bag, sea salt'),
    (2005, 'Chocolate bar',            300,   5.00, '45 g, milk chocolate with hazelnuts'),
    (2006, 'Instant noodles',          200,   8.00, 'Cup, braised beef flavour');
