package com.shop.goods.persistence;

import com.shop.goods.domain.Goods;
import com.shop.goods.domain.GoodsRepository;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Repository;

@Repository
public class MyBatisGoodsRepository implements GoodsRepository {

    private final GoodsMapper goodsMapper;

    public MyBatisGoodsRepository(GoodsMapper goodsMapper) {
        this.goodsMapper = goodsMapper;
    }

    @Override
    public Optional<Goods> findGoods(long goodsId) {
        return Optional.ofNullable(goodsMapper.findById(goodsId));
    }

    @Override
    public List<Goods> findAllGoods() {
        return goodsMapper.findAll();
    }

    @Override
    public boolean takeStock(long goodsId, int quantity, BigDecimal price) {
        return goodsMapper.takeStock(goodsId, quantity, price) == 1;
    }

    @Override
    public void returnStock(long goodsId, int quantity) {
        if (goodsMapper.returnStock(goodsId, quantity) != 1) {
            throw new IllegalStateException("goods " + goodsId + " vanished while stock was returned to it");
        }
    }
}
