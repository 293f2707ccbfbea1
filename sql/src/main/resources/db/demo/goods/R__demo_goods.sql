-- Demo goods: prices under and over 100.00 (free shipping over 100.00), stock of at least 100.
INSERT IGNORE INTO trade_goods (goods_id, goods_name, goods_number, goods_price, goods_desc) VALUES
    (1001, 'Mechanical keyboard',      200, 399.00, 'Hot-swappable switches, 87 keys'),
    (1002, 'Wireless mouse',           300,  89.00, 'Silent clicks, two-year battery'),
    (1003, 'USB-C hub',                150,  59.90, '7 ports with power delivery'),
    (1004, 'Noise-cancelling headset', 120, 899.00, 'Over-ear, 30 h battery'),
    (1005, 'Notebook stand',           250, 129.00, 'Aluminium, adjustable height'),
    (1006, 'Desk mat',                 500,  39.90, '90 x 40 cm, stitched edges'),
    (1007, 'Webcam 1080p',             100, 249.00, 'Autofocus, privacy shutter'),
    (1008, 'Cable organiser',          400,  19.90, 'Pack of 10 velcro ties');
