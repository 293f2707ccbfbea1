package com.shop.orderweb.api;

import com.shop.pojo.vending.MachineStatus;
import com.shop.pojo.vending.MachineView;
import io.swagger.v3.oas.annotations.media.Schema;

/** A vending machine. */
public record MachineResponse(
        @Schema(example = "01000028") String innerCode,
        String address,

        @Schema(description = "machine_status: OUT_OF_SERVICE 0, IN_SERVICE 1")
        MachineStatus status) {

    static MachineResponse of(MachineView machine) {
        return new MachineResponse(machine.getInnerCode(), machine.getAddress(), machine.getStatus());
    }
}
