package com.shop.api;

import com.shop.api.exception.GoodsNotFoundException;
import com.shop.api.exception.IllegalOrderStateException;
import com.shop.api.exception.InsufficientStockException;
import com.shop.api.exception.InvalidRequestException;
import com.shop.api.exception.PriceMismatchException;
import com.shop.pojo.goods.GoodsView;
import java.math.BigDecimal;
import java.util.List;

/** Goods and their stock. */
public interface GoodsService {

    GoodsView getGoods(long goodsId) throws GoodsNotFoundException;

    List<GoodsView> listGoods();

    /**
     * Takes {@code quantity} units of stock for an order priced at {@code price} a unit: the price is checked in the
     * same guarded update that takes the units, so an order is never confirmed at a price the goods no longer has.
     * Idempotent on {@code (orderId, goodsId)}: a repeat is a no-op; after the order's reduction was cancelled it is
     * refused.
     */
    void reduceStock(long orderId, long goodsId, int quantity, BigDecimal price)
            throws InsufficientStockException, GoodsNotFoundException, PriceMismatchException,
                    IllegalOrderStateException, InvalidRequestException;

    /**
     * Undoes the reduction of an order, if there was one, exactly once; when there was none, records that
     * the order is cancelled so a late {@link #reduceStock} is refused.
     *
     * @return true when stock was put back by this call
     */
    boolean restoreStock(long orderId, long goodsId);
}
