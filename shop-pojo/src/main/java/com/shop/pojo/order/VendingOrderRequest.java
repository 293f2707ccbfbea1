package com.shop.pojo.order;

import java.io.Serial;
import java.io.Serializable;
import lombok.AllArgsConstructor;
import lombok.Builder;
import lombok.Data;
import lombok.NoArgsConstructor;

/** One unit of a goods from a vending machine; the price is the machine's, there is no shipping fee. */
@Data
@Builder
@NoArgsConstructor
@AllArgsConstructor
public class VendingOrderRequest implements Serializable {
    @Serial
    private static final long serialVersionUID = 1L;

    private String innerCode;
    private Long goodsId;
}
