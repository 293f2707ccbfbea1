package com.shop.e2e.bench;

import com.shop.e2e.support.ShopDatabase;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Whether a flash sale sold exactly its units, once the compensations of the refused and failed orders have settled:
 * nothing left in stock, as many orders of the goods confirmed as there were units, and as many live reductions in the
 * stock ledger (a FORWARD REDUCE row without an UNDO row of the same order) summing to minus the units.
 */
record FlashSaleCheck(int units, int stockLeft, long confirmedOrders, long liveReductions, long liveUnits) {

    private static final String LIVE_REDUCTIONS = "SELECT COUNT(*) AS reductions,"
            + " COALESCE(SUM(f.goods_number), 0) AS units FROM trade_goods_number_log f"
            + " WHERE f.goods_id = ? AND f.phase = 'FORWARD' AND f.op = 'REDUCE'"
            + " AND NOT EXISTS (SELECT 1 FROM trade_goods_number_log u"
            + " WHERE u.order_id = f.order_id AND u.goods_id = f.goods_id AND u.phase = 'UNDO')";
    private static final String CONFIRMED_ORDERS =
            "SELECT COUNT(*) FROM trade_order" + " WHERE goods_id = ? AND order_status = 1";

    boolean holds() {
        return problems().isEmpty();
    }

    List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (stockLeft != 0) {
            problems.add(stockLeft + " units left in stock");
        }
        if (confirmedOrders != units) {
            problems.add(confirmedOrders + " orders confirmed, not " + units);
        }
        if (liveReductions != units || liveUnits != -units) {
            problems.add(liveReductions + " live reductions in the stock ledger summing to " + liveUnits + ", not "
                    + units + " summing to " + -units);
        }
        return problems;
    }

    /** The check as it stands once it holds, or after {@code patience}, whichever comes first. */
    static FlashSaleCheck awaitSettled(ShopDatabase database, long goodsId, int units, Duration patience) {
        long deadline = System.nanoTime() + patience.toNanos();
        FlashSaleCheck check = read(database, goodsId, units);
        while (!check.holds() && System.nanoTime() < deadline) {
            Pause.briefly();
            check = read(database, goodsId, units);
        }
        return check;
    }

    static FlashSaleCheck read(ShopDatabase database, long goodsId, int units) {
        Map<String, Object> ledger = database.row("shop_goods", LIVE_REDUCTIONS, goodsId);
        long confirmed = ((Number) database.single("shop_order", CONFIRMED_ORDERS, goodsId)).longValue();
        return new FlashSaleCheck(
                units,
                database.stockOf(goodsId),
                confirmed,
                ((Number) ledger.get("reductions")).longValue(),
                ((Number) ledger.get("units")).longValue());
    }
}
