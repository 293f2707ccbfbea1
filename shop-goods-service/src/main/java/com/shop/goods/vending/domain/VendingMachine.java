package com.shop.goods.vending.domain;

import com.shop.pojo.vending.MachineStatus;
import lombok.AllArgsConstructor;
import lombok.Builder;
import lombok.Data;
import lombok.NoArgsConstructor;

/** A vending machine ({@code trade_vending_machine}), known by the inner code on its QR sticker. */
@Data
@Builder
@NoArgsConstructor
@AllArgsConstructor
public class VendingMachine {

    private String innerCode;
    private String address;
    private MachineStatus status;

    public boolean inService() {
        return status == MachineStatus.IN_SERVICE;
    }
}
