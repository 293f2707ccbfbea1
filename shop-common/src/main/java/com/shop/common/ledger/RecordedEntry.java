package com.shop.common.ledger;

import java.util.Date;
import lombok.AllArgsConstructor;
import lombok.Data;
import lombok.NoArgsConstructor;

/**
 * A ledger entry with the time its row was written (the table's own clock, millisecond precision).
 *
 * @param <E> the ledger's entry type
 */
@Data
@NoArgsConstructor
@AllArgsConstructor
public class RecordedEntry<E extends LedgerEntry<E>> {

    private E entry;
    private Date time;
}
