package com.shop.check;

/** The invariants of one concern (stock, money, payments...), checked against one snapshot. */
interface InvariantGroup {

    void check(CheckContext context);
}
