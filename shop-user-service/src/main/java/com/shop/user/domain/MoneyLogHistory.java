package com.shop.user.domain;

import java.util.List;

/** Reading a user's money log; its writes go through the ledger. */
public interface MoneyLogHistory {

    /** The user's latest movements, newest first, tombstones left out. */
    List<MoneyMovement> recent(long userId, int limit);
}
