-- Vending machines (ARCHITECTURE §4.4): machines known by their inner code, their channels (each holding one goods
-- at the channel's own price), and a per-order ledger of the unit each vending order reserved.

CREATE TABLE trade_vending_machine (
    inner_code     VARCHAR(32)  NOT NULL COMMENT 'the code on the machine''s QR sticker',
    address        VARCHAR(255) NOT NULL,
    machine_status TINYINT      NOT NULL DEFAULT 1 COMMENT '1 in service, 0 out of service',
    create_time    DATETIME(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    PRIMARY KEY (inner_code),
    CONSTRAINT chk_vending_machine_status CHECK (machine_status IN (0, 1))
) ENGINE = InnoDB;

-- current_capacity is what reservations take from and cancellations give back to; the CHECK is the last line of
-- defence behind the guarded updates, which never take a channel below zero nor fill it above max_capacity.
CREATE TABLE trade_vending_channel (
    inner_code       VARCHAR(32)   NOT NULL,
    channel_code     VARCHAR(16)   NOT NULL,
    goods_id         BIGINT        NOT NULL,
    price            DECIMAL(10,2) NOT NULL COMMENT 'the channel''s own price, not the goods'' list price',
    current_capacity INT           NOT NULL DEFAULT 0 COMMENT 'units in the channel not reserved by an order',
    max_capacity     INT           NOT NULL,
    PRIMARY KEY (inner_code, channel_code),
    KEY idx_vending_channel_goods (inner_code, goods_id),
    CONSTRAINT fk_vending_channel_machine FOREIGN KEY (inner_code) REFERENCES trade_vending_machine (inner_code),
    CONSTRAINT fk_vending_channel_goods FOREIGN KEY (goods_id) REFERENCES trade_goods (goods_id),
    CONSTRAINT chk_vending_channel_capacity CHECK (current_capacity >= 0 AND current_capacity <= max_capacity),
    CONSTRAINT chk_vending_channel_price CHECK (price > 0)
) ENGINE = InnoDB;

-- One row per vending order, keyed by the order: the reservation and every step of its dispense are guarded
-- updates of this row. A cancel that finds no row writes a tombstone (status 4 released, no channel), so a
-- reservation arriving after its cancel is refused, as the stock ledger's VOID entry does.
CREATE TABLE trade_vending_order (
    order_id     BIGINT        NOT NULL,
    inner_code   VARCHAR(32)   NOT NULL,
    channel_code VARCHAR(16)   NULL COMMENT 'the channel the unit was reserved in; NULL on a tombstone',
    goods_id     BIGINT        NULL,
    price        DECIMAL(10,2) NULL COMMENT 'the price the order reserved at; NULL on a tombstone',
    status       TINYINT       NOT NULL COMMENT '0 reserved, 1 dispensing, 2 dispensed, 3 failed, 4 released',
    reason       VARCHAR(255)  NULL COMMENT 'why a dispense failed or the reservation was released',
    create_time  DATETIME(3)   NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    update_time  DATETIME(3)   NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3),
    PRIMARY KEY (order_id),
    KEY idx_vending_order_machine (inner_code, status),
    CONSTRAINT chk_vending_order_status CHECK (status BETWEEN 0 AND 4)
) ENGINE = InnoDB;
