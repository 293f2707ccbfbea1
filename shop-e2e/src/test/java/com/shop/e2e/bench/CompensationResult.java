package com.shop.e2e.bench;

/**
 * The refused orders of the compensation scenario: the refusals' answers, how long the last participant's undo took
 * after each refusal was answered, and how many refused orders got their unit back (an UNDO row in the stock ledger).
 */
record CompensationResult(ScenarioResult refusals, DelayResult undo, long refusedOrders, long unitsGivenBack) {

    boolean everyUnitCameBack() {
        return refusedOrders > 0 && unitsGivenBack == refusedOrders;
    }
}
