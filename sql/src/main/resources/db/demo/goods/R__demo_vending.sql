-- Demo vending machines and their channels. Some goods sit in more than one channel at different prices (a machine
-- sells the cheapest first); B3 of 01000028 is empty; 01000031 is out of service. Runs after R__demo_goods.sql
-- (repeatable migrations run in the order of their names), whose goods the channels refer to.
INSERT IGNORE INTO trade_vending_machine (inner_code, address, machine_status) VALUES
    ('01000028', 'Zhongguancun Software Park, Building 5 lobby, 8 Dongbeiwang West Road, Haidian District, Beijing', 1),
    ('01000029', 'Wangjing SOHO Tower 2, 3rd floor pantry, 1 Futong East Street, Chaoyang District, Beijing', 1),
    ('01000030', 'Beijing Railway Station, waiting hall 2, 13 Maojiawan Hutong, Dongcheng District, Beijing', 1),
    ('01000031', 'Financial Street Centre, Building 7 lobby, 9 Financial Street, Xicheng District, Beijing', 0);

INSERT IGNORE INTO trade_vending_channel (inner_code, channel_code, goods_id, price, current_capacity, max_capacity) VALUES
    ('01000028', 'A1', 2001, 2.00,  8, 10),
    ('01000028', 'A2', 2002, 3.50, 10, 10),
    ('01000028', 'A3', 2003, 3.00,  6, 10),
    ('01000028', 'B1', 2004, 6.50,  5,  8),
    ('01000028', 'B2', 2001, 2.50, 10, 10),
    ('01000028', 'B3', 2005, 5.00,  0,  8),
    ('01000028', 'C1', 2006, 8.00,  4,  6),

    ('01000029', 'A1', 2002, 3.00,  6, 10),
    ('01000029', 'A2', 2002, 3.50, 10, 10),
    ('01000029', 'A3', 2003, 3.00,  0, 10),
    ('01000029', 'B1', 2005, 5.50,  7,  8),
    ('01000029', 'B2', 2004, 6.00,  3,  8),
    ('01000029', 'B3', 2001, 2.00, 12, 12),

    ('01000030', 'A1', 2001, 2.50, 20, 20),
    ('01000030', 'A2', 2006, 7.50,  6,  6),
    ('01000030', 'B1', 2006, 8.00,  2,  6),
    ('01000030', 'B2', 2003, 3.50,  9, 10),
    ('01000030', 'B3', 2005, 6.00,  0,  8),

    ('01000031', 'A1', 2001, 2.00, 10, 10),
    ('01000031', 'A2', 2002, 3.50,  8, 10);
