package com.shop.pojo.vending;

import java.io.Serial;
import java.io.Serializable;
import java.math.BigDecimal;
import lombok.AllArgsConstructor;
import lombok.Builder;
import lombok.Data;
import lombok.NoArgsConstructor;

/** One channel of a machine holding a goods: its own price and the units left in it (0 when sold out). */
@Data
@Builder
@NoArgsConstructor
@AllArgsConstructor
public class MachineChannelView implements Serializable {
    @Serial
    private static final long serialVersionUID = 1L;

    private String channelCode;
    private BigDecimal price;
    private Integer units;
}
