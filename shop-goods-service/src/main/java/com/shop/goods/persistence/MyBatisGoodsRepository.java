package com.shop.goods.persistence;

import com.shop.goods.domain.Goods;
import com.shop.goods.domain.GoodsRepository;
import com.shop.goods.domain.LedgerPhase;
import com.shop.goods.domain.StockLedgerEntry;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Repository;

@Repository
public class MyBatisGoodsRepository implements GoodsRepository {

    private final GoodsMapper goodsMapper;
    private final StockLedgerMapper ledgerMapper;

    public MyBatisGoodsRepository(GoodsMapper goodsMapper, StockLedgerMapper ledgerMapper) {
        this.goodsMapper = goodsMapper;
        this.ledgerMapper = ledgerMapper;
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
    public boolean addLedgerEntry(StockLedgerEntry entry) {
        return ledgerMapper.insertIfAbsent(entry) == 1;
    }

    @Override
    public Optional<StockLedgerEntry> lockLedgerEntry(long orderId, long goodsId, LedgerPhase phase) {
        return Optional.ofNullable(ledgerMapper.lock(orderId, goodsId, phase));
    }

    @Override
    public boolean takeStock(long goodsId, int quantity) {
        return goodsMapper.takeStock(goodsId, quantity) == 1;
    }

    @Override
    public void returnStock(long goodsId, int quantity) {
        if (goodsMapper.returnStock(goodsId, quantity) != 1) {
            throw new IllegalStateException("goods " + goodsId + " vanished while stock was returned to it");
        }
    }
}
