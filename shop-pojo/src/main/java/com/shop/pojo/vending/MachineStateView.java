package com.shop.pojo.vending;

import java.io.Serial;
import java.io.Serializable;
import java.util.List;
import lombok.AllArgsConstructor;
import lombok.Builder;
import lombok.Data;
import lombok.NoArgsConstructor;

/** A machine as operators see it: who holds its lease, and every channel with its capacity. */
@Data
@Builder
@NoArgsConstructor
@AllArgsConstructor
public class MachineStateView implements Serializable {
    @Serial
    private static final long serialVersionUID = 1L;

    private String innerCode;
    private String address;
    private MachineStatus status;
    /** The order holding an unexpired lease of the machine, or null when it is free. */
    private Long leaseOrderId;

    private List<ChannelStateView> channels;
}
