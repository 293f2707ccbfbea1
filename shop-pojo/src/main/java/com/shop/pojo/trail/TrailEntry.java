package com.shop.pojo.trail;

import java.io.Serial;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.Date;
import lombok.AllArgsConstructor;
import lombok.Builder;
import lombok.Data;
import lombok.NoArgsConstructor;

/**
 * One thing that happened to an order in one service. The fields after {@code detail} are filled in where they apply
 * and null otherwise.
 */
@Data
@Builder
@NoArgsConstructor
@AllArgsConstructor
public class TrailEntry implements Serializable {
    @Serial
    private static final long serialVersionUID = 1L;

    /**
     * Time order, and for entries of the same millisecond an order that does not depend on which service answered
     * first: the service, then the kind, then the name.
     */
    public static final Comparator<TrailEntry> CHRONOLOGICAL = Comparator.comparing(
                    TrailEntry::getTime, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(TrailEntry::getService, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(TrailEntry::getKind, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(TrailEntry::getName, Comparator.nullsFirst(Comparator.naturalOrder()));

    /** When it happened, as the service's database recorded it (millisecond precision). */
    private Date time;
    /** The service that recorded it: order, goods, coupon, user, pay. */
    private String service;

    private TrailKind kind;
    /** What happened, in a few words: "stock reserved", "PaymentSucceeded sent". */
    private String name;
    /** What it was about, in words: "2 units of goods 1002". */
    private String detail;

    /** The money it moved. */
    private BigDecimal amount;
    /** The message's broker id (consumed) or outbox id (sent). */
    private String messageId;
    /** Send attempts of an outbox row, deliveries handled of a consumed message. */
    private Integer attempts;
    /** Why it failed, when it did. */
    private String reason;
}
