package com.shop.e2e.bench;

/**
 * A flash sale as the report shows it: the buyers, their successful confirmations (the sales: throughput from the
 * start to the last sale, latencies of the sales only), the refusals after the sellout, and whether exactly the
 * units were sold.
 */
record FlashSaleResult(int buyers, ScenarioResult sales, long refusals, FlashSaleCheck check) {}
