package com.shop.goods.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.shop.api.exception.GoodsNotFoundException;
import com.shop.api.exception.IllegalOrderStateException;
import com.shop.api.exception.InsufficientStockException;
import com.shop.api.exception.InvalidRequestException;
import com.shop.api.exception.PriceMismatchException;
import com.shop.common.ledger.InMemoryLedgerTable;
import com.shop.goods.domain.StockLedgerEntry;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class StockManagementTest {

    private static final long GOODS = 42;
    private static final BigDecimal PRICE = InMemoryGoodsRepository.PRICE;
    private final InMemoryGoodsRepository repository = new InMemoryGoodsRepository().withGoods(GOODS, 10);
    private final InMemoryLedgerTable<StockLedgerEntry> ledger =
            new InMemoryLedgerTable<>(entry -> List.of(entry.getOrderId(), entry.getGoodsId()));
    private final StockManagement stock = new StockManagement(repository, ledger);

    @Test
    void reducingTakesTheUnitsOnce() {
        stock.reduceStock(1, GOODS, 3, PRICE);
        stock.reduceStock(1, GOODS, 3, PRICE);

        assertThat(repository.stockOf(GOODS)).isEqualTo(7);
    }

    @Test
    void theWholeRemainingStockCanBeBought() {
        stock.reduceStock(1, GOODS, 10, PRICE);

        assertThat(repository.stockOf(GOODS)).isZero();
    }

    @Test
    void moreThanTheStockIsRefused() {
        assertThatThrownBy(() -> stock.reduceStock(1, GOODS, 11, PRICE)).isInstanceOf(InsufficientStockException.class);
        assertThat(repository.stockOf(GOODS)).isEqualTo(10);
    }

    @Test
    void badQuantitiesAndUnknownGoodsAreRefused() {
        assertThatThrownBy(() -> stock.reduceStock(1, GOODS, 0, PRICE)).isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> stock.reduceStock(1, GOODS, -2, PRICE)).isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> stock.reduceStock(1, GOODS, 1, null)).isInstanceOf(InvalidRequestException.class);
        assertThat(ledger.entries()).isEmpty();
    }

    @Test
    void unknownGoodsAndAChangedPriceAreRefused() {
        assertThatThrownBy(() -> stock.reduceStock(1, 999, 1, PRICE)).isInstanceOf(GoodsNotFoundException.class);
        assertThatThrownBy(() -> stock.reduceStock(2, GOODS, 1, new BigDecimal("9.80")))
                .isInstanceOf(PriceMismatchException.class);

        assertThat(repository.stockOf(GOODS)).isEqualTo(10);
    }

    @Test
    void restoringGivesBackWhatTheOrderTookExactlyOnce() {
        stock.reduceStock(1, GOODS, 4, PRICE);

        assertThat(stock.restoreStock(1, GOODS)).isTrue();
        assertThat(stock.restoreStock(1, GOODS)).isFalse();

        assertThat(repository.stockOf(GOODS)).isEqualTo(10);
    }

    @Test
    void restoringAnOrderThatTookNothingChangesNothingAndRefusesItsLateReduction() {
        assertThat(stock.restoreStock(1, GOODS)).isFalse();

        assertThatThrownBy(() -> stock.reduceStock(1, GOODS, 2, PRICE)).isInstanceOf(IllegalOrderStateException.class);
        assertThat(stock.restoreStock(1, GOODS)).isFalse();
        assertThat(repository.stockOf(GOODS)).isEqualTo(10);
    }

    @Test
    void aRepeatAfterTheRestoreOrWithAnotherQuantityIsRefused() {
        stock.reduceStock(1, GOODS, 4, PRICE);
        assertThatThrownBy(() -> stock.reduceStock(1, GOODS, 5, PRICE)).isInstanceOf(IllegalOrderStateException.class);

        stock.restoreStock(1, GOODS);

        assertThatThrownBy(() -> stock.reduceStock(1, GOODS, 4, PRICE)).isInstanceOf(IllegalOrderStateException.class);
        assertThat(repository.stockOf(GOODS)).isEqualTo(10);
    }

    @Test
    void ordersDoNotUndoEachOther() {
        stock.reduceStock(1, GOODS, 2, PRICE);
        stock.reduceStock(2, GOODS, 3, PRICE);

        stock.restoreStock(2, GOODS);

        assertThat(repository.stockOf(GOODS)).isEqualTo(8);
    }
}
