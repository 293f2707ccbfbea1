package com.shop.pojo.vending;

import java.io.Serial;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import lombok.AllArgsConstructor;
import lombok.Builder;
import lombok.Data;
import lombok.NoArgsConstructor;

/**
 * One goods at one machine: the goods with its catalogue price, where the machine stands, and every channel of the
 * machine that holds the goods, empty ones too, by channel code.
 */
@Data
@Builder
@NoArgsConstructor
@AllArgsConstructor
public class MachineGoodsDetailView implements Serializable {
    @Serial
    private static final long serialVersionUID = 1L;

    private String innerCode;
    private String address;
    private Long goodsId;
    private String goodsName;
    private BigDecimal goodsPrice;
    private List<MachineChannelView> channels;
}
