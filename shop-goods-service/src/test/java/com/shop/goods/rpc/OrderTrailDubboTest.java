package com.shop.goods.rpc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.shop.api.OrderTrail;
import com.shop.api.ServiceGroups;
import com.shop.api.ServiceVersions;
import com.shop.goods.GoodsServiceTestBase;
import com.shop.goods.application.StockManagement;
import com.shop.pojo.trail.TrailEntry;
import com.shop.pojo.trail.TrailKind;
import org.apache.dubbo.config.annotation.DubboReference;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The goods service's part of an order's trail, asked of its own group over Dubbo: stock, and a vending order. */
class OrderTrailDubboTest extends GoodsServiceTestBase {

    @DubboReference(
            version = ServiceVersions.V1,
            group = ServiceGroups.GOODS,
            scope = "remote",
            check = false,
            timeout = 5000)
    OrderTrail trail;

    @Autowired
    StockManagement stock;

    @Test
    void reservedAndRestoredStockIsAStepAndItsCompensation() {
        long goodsId = newGoods(10);
        long orderId = newOrderId();
        stock.reduceStock(orderId, goodsId, 2, PRICE);
        stock.restoreStock(orderId, goodsId);

        assertThat(trail.trailOf(orderId).getEntries())
                .extracting(TrailEntry::getService, TrailEntry::getKind, TrailEntry::getName, TrailEntry::getDetail)
                .containsExactly(
                        tuple("goods", TrailKind.STEP, "stock reserved", "2 units of goods " + goodsId),
                        tuple("goods", TrailKind.COMPENSATION, "stock restored", "2 units of goods " + goodsId));
    }

    @Test
    void aDispensedVendingOrderShowsItsReservationAndDispense() {
        String machine = newMachine();
        long orderId = newOrderId();
        jdbc.update(
                "INSERT INTO trade_vending_order (order_id, inner_code, channel_code, goods_id, price, status,"
                        + " create_time, command_sent_at, update_time) VALUES (?, ?, 'A1', 7, 3.50, 2,"
                        + " NOW(3) - INTERVAL 3 SECOND, NOW(3) - INTERVAL 2 SECOND, NOW(3) - INTERVAL 1 SECOND)",
                orderId,
                machine);

        assertThat(trail.trailOf(orderId).getEntries())
                .extracting(TrailEntry::getKind, TrailEntry::getName)
                .containsExactly(
                        tuple(TrailKind.STEP, "unit reserved"),
                        tuple(TrailKind.DISPENSE, "dispense requested"),
                        tuple(TrailKind.DISPENSE, "dispensed"));
    }

    @Test
    void aFailedDispenseKeepsItsReasonAndAReleasedUnitIsACompensation() {
        long failed = newOrderId();
        jdbc.update(
                "INSERT INTO trade_vending_order (order_id, inner_code, channel_code, goods_id, price, status, reason,"
                        + " create_time, command_sent_at, update_time) VALUES (?, ?, 'A1', 7, 3.50, 3, 'jammed',"
                        + " NOW(3) - INTERVAL 3 SECOND, NOW(3) - INTERVAL 2 SECOND, NOW(3) - INTERVAL 1 SECOND)",
                failed,
                newMachine());
        long released = newOrderId();
        jdbc.update(
                "INSERT INTO trade_vending_order (order_id, inner_code, channel_code, goods_id, price, status, reason,"
                        + " create_time, update_time) VALUES (?, ?, 'A1', 7, 3.50, 4, 'order cancelled',"
                        + " NOW(3) - INTERVAL 3 SECOND, NOW(3) - INTERVAL 1 SECOND)",
                released,
                newMachine());
        long fencedOff = newOrderId();
        jdbc.update(
                "INSERT INTO trade_vending_order (order_id, inner_code, status, create_time, update_time)"
                        + " VALUES (?, ?, 4, NOW(3), NOW(3))",
                fencedOff,
                newMachine());

        assertThat(trail.trailOf(failed).getEntries())
                .extracting(TrailEntry::getName, TrailEntry::getReason)
                .containsExactly(
                        tuple("unit reserved", null),
                        tuple("dispense requested", null),
                        tuple("dispense failed", "jammed"));
        assertThat(trail.trailOf(released).getEntries())
                .extracting(TrailEntry::getKind, TrailEntry::getName)
                .containsExactly(
                        tuple(TrailKind.STEP, "unit reserved"), tuple(TrailKind.COMPENSATION, "unit released"));
        assertThat(trail.trailOf(fencedOff).getEntries())
                .extracting(TrailEntry::getKind, TrailEntry::getName)
                .containsExactly(tuple(TrailKind.COMPENSATION, "vending reservation fenced off"));
    }
}
