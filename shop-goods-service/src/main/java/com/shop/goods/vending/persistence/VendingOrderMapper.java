package com.shop.goods.vending.persistence;

import com.shop.goods.vending.domain.VendingOrder;
import com.shop.goods.vending.domain.VendingOrderStatus;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface VendingOrderMapper {

    /** @return 1 when inserted, 0 when the order already had a row */
    int insertIfAbsent(VendingOrder order);

    VendingOrder find(@Param("orderId") long orderId);

    /** The order's row with its times, for the order's trail; null when there is none. */
    VendingTrailRow findTrail(@Param("orderId") long orderId);

    VendingOrder lock(@Param("orderId") long orderId);

    int assignChannel(@Param("orderId") long orderId, @Param("channelCode") String channelCode);

    /** @return 1 when the row was reserved and is now dispensing with the command id, 0 otherwise */
    int startDispense(@Param("orderId") long orderId, @Param("commandId") String commandId);

    /** @return 1 when the row is dispensing and now carries the time its command goes out, 0 otherwise */
    int markCommandSent(@Param("orderId") long orderId);

    /** @return 1 when the row was dispensing, its command last sent at least that long ago, and is now failed */
    int failUnanswered(
            @Param("orderId") long orderId, @Param("answerMicros") long answerMicros, @Param("reason") String reason);

    /** @return 1 when the row was in one of {@code from} and is now in {@code to}, 0 otherwise */
    int transition(
            @Param("orderId") long orderId,
            @Param("from") List<VendingOrderStatus> from,
            @Param("to") VendingOrderStatus to,
            @Param("reason") String reason);
}
