package com.shop.devstack;

/** How the applications are started. */
public enum StartOrder {

    /**
     * The saga's participants together, then the order service, then the web edges, each group once the previous
     * one is ready (see {@link ShopApplication#startWaves()}).
     */
    WAVES,

    /** Every application at once. */
    ALL_AT_ONCE
}
