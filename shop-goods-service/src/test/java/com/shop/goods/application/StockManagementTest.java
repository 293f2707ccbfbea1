package com.shop.goods.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.shop.api.exception.GoodsNotFoundException;
import com.shop.api.exception.IllegalOrderStateException;
import com.shop.api.exception.InsufficientStockException;
import com.shop.api.exception.InvalidRequestException;
import org.junit.jupiter.api.Test;

class StockManagementTest {

    private static final long GOODS = 42;
    private final InMemoryGoodsRepository repository = new InMemoryGoodsRepository().withGoods(GOODS, 10);
    private final StockManagement stock = new StockManagement(repository);

    @Test
    void reducingTakesTheUnitsOnce() {
        stock.reduceStock(1, GOODS, 3);
        stock.reduceStock(1, GOODS, 3);

        assertThat(repository.stockOf(GOODS)).isEqualTo(7);
    }

    @Test
    void theWholeRemainingStockCanBeBought() {
        stock.reduceStock(1, GOODS, 10);

        assertThat(repository.stockOf(GOODS)).isZero();
    }

    @Test
    void moreThanTheStockIsRefused() {
        assertThatThrownBy(() -> stock.reduceStock(1, GOODS, 11)).isInstanceOf(InsufficientStockException.class);
        assertThat(repository.stockOf(GOODS)).isEqualTo(10);
    }

    @Test
    void badQuantitiesAndUnknownGoodsAreRefused() {
        assertThatThrownBy(() -> stock.reduceStock(1, GOODS, 0)).isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> stock.reduceStock(1, GOODS, -2)).isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> stock.reduceStock(1, 999, 1)).isInstanceOf(GoodsNotFoundException.class);
        assertThat(repository.ledger).isEmpty();
    }

    @Test
    void restoringGivesBackWhatTheOrderTookExactlyOnce() {
        stock.reduceStock(1, GOODS, 4);

        assertThat(stock.restoreStock(1, GOODS)).isTrue();
        assertThat(stock.restoreStock(1, GOODS)).isFalse();

        assertThat(repository.stockOf(GOODS)).isEqualTo(10);
    }

    @Test
    void restoringAnOrderThatTookNothingChangesNothingAndRefusesItsLateReduction() {
        assertThat(stock.restoreStock(1, GOODS)).isFalse();

        assertThatThrownBy(() -> stock.reduceStock(1, GOODS, 2)).isInstanceOf(IllegalOrderStateException.class);
        assertThat(stock.restoreStock(1, GOODS)).isFalse();
        assertThat(repository.stockOf(GOODS)).isEqualTo(10);
    }

    @Test
    void aRepeatAfterTheRestoreOrWithAnotherQuantityIsRefused() {
        stock.reduceStock(1, GOODS, 4);
        assertThatThrownBy(() -> stock.reduceStock(1, GOODS, 5)).isInstanceOf(IllegalOrderStateException.class);

        stock.restoreStock(1, GOODS);

        assertThatThrownBy(() -> stock.reduceStock(1, GOODS, 4)).isInstanceOf(IllegalOrderStateException.class);
        assertThat(repository.stockOf(GOODS)).isEqualTo(10);
    }

    @Test
    void ordersDoNotUndoEachOther() {
        stock.reduceStock(1, GOODS, 2);
        stock.reduceStock(2, GOODS, 3);

        stock.restoreStock(2, GOODS);

        assertThat(repository.stockOf(GOODS)).isEqualTo(8);
    }
}
