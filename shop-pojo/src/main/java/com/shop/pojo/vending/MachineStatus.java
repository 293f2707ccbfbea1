package com.shop.pojo.vending;

import com.shop.pojo.CodedEnum;

/** Whether a vending machine takes orders; the integer is what {@code trade_vending_machine.machine_status} stores. */
public enum MachineStatus implements CodedEnum {
    OUT_OF_SERVICE(0),
    IN_SERVICE(1);

    private final int code;

    MachineStatus(int code) {
        this.code = code;
    }

    @Override
    public int code() {
        return code;
    }

    public static MachineStatus ofCode(int code) {
        return CodedEnum.ofCode(MachineStatus.class, code);
    }
}
