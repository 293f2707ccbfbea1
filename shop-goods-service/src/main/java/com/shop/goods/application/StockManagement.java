package com.shop.goods.application;

import com.shop.api.exception.GoodsNotFoundException;
import com.shop.api.exception.InsufficientStockException;
import com.shop.api.exception.InvalidRequestException;
import com.shop.api.exception.PriceMismatchException;
import com.shop.api.exception.ShopException;
import com.shop.common.ledger.LedgerTable;
import com.shop.common.ledger.OrderLedger;
import com.shop.goods.domain.Goods;
import com.shop.goods.domain.GoodsRepository;
import com.shop.goods.domain.StockLedgerEntry;
import java.math.BigDecimal;
import lombok.extern.slf4j.Slf4j;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Taking stock for an order and giving it back, through the order-keyed stock ledger ({@link OrderLedger}): each
 * happens at most once whatever the number of calls or deliveries, and a reduction that arrives after its order was
 * cancelled is refused. A reduction is two statements: the ledger entry, then the guarded update of the stock, which
 * also checks the price the order was priced at; the goods row is locked only for that last statement and the commit.
 */
@Slf4j
@Service
public class StockManagement {

    private final GoodsRepository goods;
    private final OrderLedger<StockLedgerEntry> ledger;

    public StockManagement(GoodsRepository goods, LedgerTable<StockLedgerEntry> ledgerTable) {
        this.goods = goods;
        this.ledger = new OrderLedger<>("stock ledger", ledgerTable);
    }

    @Transactional
    public void reduceStock(long orderId, long goodsId, int quantity, BigDecimal price) {
        if (quantity <= 0) {
            throw new InvalidRequestException("quantity must be positive, was " + quantity);
        }
        if (price == null || price.signum() < 0) {
            throw new InvalidRequestException("the price the order was priced at must be given, was " + price);
        }
        boolean taken = ledger.forward(StockLedgerEntry.reduce(orderId, goodsId, quantity), () -> {
                    if (!goods.takeStock(goodsId, quantity, price)) {
                        throw notTaken(goodsId, quantity, price);
                    }
                })
                .takenOrRepeated();
        log.info("Order {}: {} units of goods {} {}", orderId, quantity, goodsId, taken ? "taken" : "taken before");
    }

    /** @return true when this call put stock back */
    @Transactional
    public boolean restoreStock(long orderId, long goodsId) {
        return ledger.undo(
                        StockLedgerEntry.tombstone(orderId, goodsId),
                        StockLedgerEntry::restoring,
                        taken -> goods.returnStock(goodsId, taken.unitsTaken()))
                .gaveBack();
    }

    /** Why the guarded update took nothing, read now; the exception rolls the ledger entry back with it. */
    private ShopException notTaken(long goodsId, int quantity, BigDecimal price) {
        Goods found = goods.findGoods(goodsId).orElse(null);
        if (found == null) {
            return new GoodsNotFoundException("no goods with id " + goodsId);
        }
        if (found.getGoodsPrice().compareTo(price) != 0) {
            return new PriceMismatchException(
                    "goods " + goodsId + " costs " + found.getGoodsPrice() + " now, not " + price);
        }
        return new InsufficientStockException("not enough stock of goods " + goodsId + " for " + quantity + " units");
    }
}
