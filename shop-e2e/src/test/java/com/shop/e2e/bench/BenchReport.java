package com.shop.e2e.bench;

import java.util.List;

/**
 * Everything a run measured and checked, for the Markdown report and the chart. A part of a scenario that did not
 * run is null (the lists are empty).
 *
 * @param scenarios      one row per scenario measured, in order (the flash sales' sales, the floor included)
 * @param ratios         the flash sale's crowd ratio, the suite/floor ratios
 * @param driverSettings how the floor connected (the services' settings)
 * @param invariants     the verdict of the invariants after the run
 * @param problems       every check that failed
 */
record BenchReport(
        RunFacts facts,
        List<ScenarioResult> scenarios,
        List<FlashSaleResult> flashSales,
        DelayResult callbackToPaid,
        CompensationResult compensation,
        List<Ratio> ratios,
        String driverSettings,
        String invariants,
        List<String> problems) {}
