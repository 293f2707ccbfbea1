package com.shop.pojo.vending;

import java.io.Serial;
import java.io.Serializable;
import lombok.AllArgsConstructor;
import lombok.Builder;
import lombok.Data;
import lombok.NoArgsConstructor;

/** A vending machine, known by its inner code (the code on its QR sticker). */
@Data
@Builder
@NoArgsConstructor
@AllArgsConstructor
public class MachineView implements Serializable {
    @Serial
    private static final long serialVersionUID = 1L;

    private String innerCode;
    private String address;
    private MachineStatus status;
}
