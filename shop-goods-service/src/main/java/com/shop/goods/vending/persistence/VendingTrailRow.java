package com.shop.goods.vending.persistence;

import com.shop.goods.vending.domain.VendingOrderStatus;
import java.math.BigDecimal;
import java.util.Date;
import lombok.Data;

/** An order's row of {@code trade_vending_order} with its times, read only for the order's trail. */
@Data
public class VendingTrailRow {

    private String innerCode;
    private String channelCode;
    private Long goodsId;
    private BigDecimal price;
    private VendingOrderStatus status;
    private String reason;
    private Date createTime;
    private Date updateTime;
    private Date commandSentAt;

    boolean isTombstone() {
        return channelCode == null;
    }
}
