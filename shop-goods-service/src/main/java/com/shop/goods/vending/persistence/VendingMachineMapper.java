package com.shop.goods.vending.persistence;

import com.shop.goods.vending.domain.VendingChannel;
import com.shop.goods.vending.domain.VendingMachine;
import java.math.BigDecimal;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface VendingMachineMapper {

    VendingMachine findMachine(@Param("innerCode") String innerCode);

    List<VendingMachine> findAllMachines();

    /** @param goodsId null for every channel of the machine */
    List<VendingChannel> findChannels(@Param("innerCode") String innerCode, @Param("goodsId") Long goodsId);

    /** @return 1 when a unit was taken, 0 when the channel had none left or no longer holds the goods at that price */
    int takeUnit(
            @Param("innerCode") String innerCode,
            @Param("channelCode") String channelCode,
            @Param("goodsId") long goodsId,
            @Param("price") BigDecimal price);

    /** @return 1 when a unit was put back, 0 when the channel was full */
    int returnUnit(@Param("innerCode") String innerCode, @Param("channelCode") String channelCode);
}
