package com.shop.goods.vending.persistence;

import com.shop.common.trail.TrailSource;
import com.shop.goods.vending.domain.VendingOrderStatus;
import com.shop.pojo.trail.TrailEntry;
import com.shop.pojo.trail.TrailKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * A vending order's part of its trail, from its one row: the reservation (the saga step) or a cancel's tombstone,
 * the dispense command sent, and how the row ended (dispensed, failed, released). The row keeps the time of its last
 * change only, so each end is dated then.
 */
@Component
public class MyBatisVendingTrail implements TrailSource {

    private final VendingOrderMapper mapper;

    public MyBatisVendingTrail(VendingOrderMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public List<TrailEntry> entriesOf(long orderId) {
        VendingTrailRow row = mapper.findTrail(orderId);
        if (row == null) {
            return List.of();
        }
        if (row.isTombstone()) {
            return List.of(entry(row, TrailKind.COMPENSATION, "vending reservation fenced off")
                    .time(row.getCreateTime())
                    .detail("cancelled before a unit was reserved; a late reservation is refused")
                    .build());
        }
        List<TrailEntry> entries = new ArrayList<>();
        entries.add(entry(row, TrailKind.STEP, "unit reserved")
                .time(row.getCreateTime())
                .amount(row.getPrice())
                .build());
        if (row.getCommandSentAt() != null) {
            entries.add(entry(row, TrailKind.DISPENSE, "dispense requested")
                    .time(row.getCommandSentAt())
                    .build());
        }
        ending(row).ifPresent(entries::add);
        return entries;
    }

    private static Optional<TrailEntry> ending(VendingTrailRow row) {
        VendingOrderStatus status = row.getStatus();
        if (status == VendingOrderStatus.DISPENSED) {
            return Optional.of(entry(row, TrailKind.DISPENSE, "dispensed")
                    .time(row.getUpdateTime())
                    .build());
        }
        if (status == VendingOrderStatus.FAILED) {
            return Optional.of(entry(row, TrailKind.DISPENSE, "dispense failed")
                    .time(row.getUpdateTime())
                    .reason(row.getReason())
                    .build());
        }
        if (status == VendingOrderStatus.RELEASED) {
            return Optional.of(entry(row, TrailKind.COMPENSATION, "unit released")
                    .time(row.getUpdateTime())
                    .reason(row.getReason())
                    .build());
        }
        return Optional.empty();
    }

    private static TrailEntry.TrailEntryBuilder entry(VendingTrailRow row, TrailKind kind, String name) {
        String where = "machine " + row.getInnerCode()
                + (row.isTombstone() ? "" : ", channel " + row.getChannelCode() + ", goods " + row.getGoodsId());
        return TrailEntry.builder().kind(kind).name(name).detail(where);
    }
}
