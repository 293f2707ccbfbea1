package com.shop.pojo.vending;

/** Whether a vending machine takes orders; the integer is what {@code trade_vending_machine.machine_status} stores. */
public enum MachineStatus {
    OUT_OF_SERVICE(0),
    IN_SERVICE(1);

    private final int code;

    MachineStatus(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    public static MachineStatus ofCode(int code) {
        for (MachineStatus status : values()) {
            if (status.code == code) {
                return status;
            }
        }
        throw new IllegalArgumentException("unknown machine status " + code);
    }
}
