package com.shop.goods.vending.persistence;

import com.shop.common.persistence.CodedEnumTypeHandler;
import com.shop.pojo.vending.MachineStatus;

/** {@link MachineStatus} as its code. */
public class MachineStatusTypeHandler extends CodedEnumTypeHandler<MachineStatus> {

    public MachineStatusTypeHandler() {
        super(MachineStatus::code, MachineStatus::ofCode);
    }
}
