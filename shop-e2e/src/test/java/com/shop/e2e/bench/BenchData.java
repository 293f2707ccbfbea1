package com.shop.e2e.bench;

import com.shop.e2e.support.ShopDatabase;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The benchmark's own goods and shoppers, created through SQL and logged in once, over HTTP, before any load: goods
 * with stock that never runs out, taken in rotation; shoppers with a balance that never does, one per client (and
 * one per flash-sale buyer); and a few shoppers too poor to pay the 1.00 every order asks of the balance.
 */
final class BenchData {

    static final int GOODS = 8;
    static final int FLASH_BUYERS = 256;
    static final int POOR_SHOPPERS = 4;
    static final int STOCK = 10_000_000;
    /** Far more than the benchmark spends (1.00 an order), below the DECIMAL(10,2) column's limit. */
    static final String BALANCE = "9000000.00";
    /** Less than the 1.00 every order asks of the balance: the balance step refuses. */
    static final String POOR_BALANCE = "0.50";

    private static final String PASSWORD = "shop-demo";

    private final long[] goods;
    private final List<String> shoppers;
    private final List<String> poorShoppers;

    private BenchData(long[] goods, List<String> shoppers, List<String> poorShoppers) {
        this.goods = goods;
        this.shoppers = shoppers;
        this.poorShoppers = poorShoppers;
    }

    static BenchData create(ShopDatabase database, ShopHttp http, BenchOptions options) {
        long[] goods = IntStream.range(0, GOODS)
                .mapToLong(i -> database.newGoods(ShopHttp.GOODS_PRICE, STOCK))
                .toArray();
        int shoppers = Math.max(options.clients(), options.runs(Scenario.FLASH_SALE) ? FLASH_BUYERS : 0);
        int poor = options.runs(Scenario.COMPENSATION) ? POOR_SHOPPERS : 0;
        System.out.printf("Logging in %d shoppers...%n", shoppers + poor);
        return new BenchData(
                goods, logIn(database, http, shoppers, BALANCE), logIn(database, http, poor, POOR_BALANCE));
    }

    /** New shoppers with the balance, logged in (BCrypt makes each login cost; two at a time, one per core). */
    private static List<String> logIn(ShopDatabase database, ShopHttp http, int count, String balance) {
        List<String> names = IntStream.range(0, count)
                .mapToObj(i -> database.newShopper(balance).name())
                .toList();
        return names.parallelStream().map(name -> http.login(name, PASSWORD)).toList();
    }

    /** The goods of the n-th request: the eight in rotation. */
    long goods(long request) {
        return goods[(int) (request % goods.length)];
    }

    /** The bearer token of a shopper (a client, a buyer). */
    String shopper(int index) {
        return shoppers.get(index);
    }

    /** The bearer token of a poor shopper, the n-th request's. */
    String poorShopper(long request) {
        return poorShoppers.get((int) (request % poorShoppers.size()));
    }
}
