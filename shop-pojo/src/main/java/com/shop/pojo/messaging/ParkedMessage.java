package com.shop.pojo.messaging;

import java.io.Serial;
import java.io.Serializable;
import java.util.Date;
import lombok.AllArgsConstructor;
import lombok.Builder;
import lombok.Data;
import lombok.NoArgsConstructor;

/** An outbox row the broker refused until it was parked: sent again only once an operator re-arms it by its id. */
@Data
@Builder
@NoArgsConstructor
@AllArgsConstructor
public class ParkedMessage implements Serializable {
    @Serial
    private static final long serialVersionUID = 1L;

    /** The outbox row's id, which re-arming it names. */
    private String id;

    private String topic;
    private String tag;
    /** The message's key: the order id for every message about an order. */
    private String key;

    private int attempts;
    private String lastError;
    /** When it was written, with the change it tells of. */
    private Date createTime;
}
