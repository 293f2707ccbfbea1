package com.shop.pojo.trail;

import java.io.Serial;
import java.io.Serializable;
import java.util.List;
import lombok.AllArgsConstructor;
import lombok.Builder;
import lombok.Data;
import lombok.NoArgsConstructor;

/**
 * An order's trail: what happened to it, in time order ({@link TrailEntry#CHRONOLOGICAL}), and the services whose part
 * is missing because they did not answer.
 */
@Data
@Builder
@NoArgsConstructor
@AllArgsConstructor
public class OrderTrailView implements Serializable {
    @Serial
    private static final long serialVersionUID = 1L;

    private Long orderId;
    private List<TrailEntry> entries;
    /** The services that did not answer; empty when the trail is whole. */
    private List<String> unavailable;

    public boolean isPartial() {
        return unavailable != null && !unavailable.isEmpty();
    }
}
