package com.shop.goods.persistence;

import com.shop.goods.domain.Goods;
import java.math.BigDecimal;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface GoodsMapper {

    Goods findById(@Param("goodsId") long goodsId);

    List<Goods> findAll();

    int takeStock(@Param("goodsId") long goodsId, @Param("quantity") int quantity, @Param("price") BigDecimal price);

    int returnStock(@Param("goodsId") long goodsId, @Param("quantity") int quantity);
}
