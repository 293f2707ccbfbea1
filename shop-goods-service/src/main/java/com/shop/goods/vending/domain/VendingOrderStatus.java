package com.shop.goods.vending.domain;

import com.shop.pojo.CodedEnum;

/**
 * Where a vending order's unit is; the integer is what {@code trade_vending_order.status} stores.
 *
 * <pre>
 * RESERVED ──paid──▶ DISPENSING ──machine: done──▶ DISPENSED
 *    │                   │ machine: failed, or no answer in time
 *    │                   ▼
 *    │                FAILED
 *    └──cancelled──▶ RELEASED ◀──cancelled (refunded)──┘
 * </pre>
 */
public enum VendingOrderStatus implements CodedEnum {
    /** A unit is taken from a channel for the order; the order is not paid yet. */
    RESERVED(0),
    /** Paid: the dispense command is on its way to the machine, or the machine is answering it. */
    DISPENSING(1),
    /** The machine dispensed the unit: it is sold. */
    DISPENSED(2),
    /** The machine failed or did not answer; the unit comes back when the refunded order is cancelled. */
    FAILED(3),
    /** The order was cancelled and its unit given back; with no channel, a tombstone that refuses a late reserve. */
    RELEASED(4);

    private final int code;

    VendingOrderStatus(int code) {
        this.code = code;
    }

    @Override
    public int code() {
        return code;
    }

    public static VendingOrderStatus ofCode(int code) {
        return CodedEnum.ofCode(VendingOrderStatus.class, code);
    }

    /** While reserved or dispensing the order still needs its machine, and keeps the machine's lease. */
    public boolean needsMachine() {
        return this == RESERVED || this == DISPENSING;
    }
}
