package com.shop.goods.application;

import com.shop.api.exception.GoodsNotFoundException;
import com.shop.goods.domain.Goods;
import com.shop.goods.domain.GoodsRepository;
import java.util.List;
import org.springframework.stereotype.Service;

/** Reading goods. */
@Service
public class GoodsCatalog {

    private final GoodsRepository goods;

    public GoodsCatalog(GoodsRepository goods) {
        this.goods = goods;
    }

    public Goods getGoods(long goodsId) {
        return goods.findGoods(goodsId).orElseThrow(() -> new GoodsNotFoundException("no goods with id " + goodsId));
    }

    public List<Goods> listGoods() {
        return goods.findAllGoods();
    }
}
