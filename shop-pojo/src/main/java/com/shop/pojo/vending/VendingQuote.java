package com.shop.pojo.vending;

import java.io.Serial;
import java.io.Serializable;
import java.math.BigDecimal;
import lombok.AllArgsConstructor;
import lombok.Builder;
import lombok.Data;
import lombok.NoArgsConstructor;

/** What one unit of a goods costs at a machine now (its cheapest channel with units left), and where it is. */
@Data
@Builder
@NoArgsConstructor
@AllArgsConstructor
public class VendingQuote implements Serializable {
    @Serial
    private static final long serialVersionUID = 1L;

    private String innerCode;
    private String address;
    private Long goodsId;
    private String goodsName;
    private BigDecimal price;
}
