package com.shop.e2e.bench;

import com.shop.check.CheckBounds;
import com.shop.check.CheckReport;
import com.shop.e2e.support.Invariants;
import com.shop.e2e.support.ShopDatabase;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One run of the benchmark: starts its stack, sets up its data, warms every scenario up before it measures any (so no
 * scenario runs on code the JIT has not compiled yet, whatever the order), measures each after the suite settled,
 * checks every invariant, and stops the stack.
 */
final class BenchmarkRun {

    /**
     * The open loop's default rate, as a share of what the closed loop of all clients reached: a load the suite can
     * carry. The generator shares the machine, and at 80% a JIT or GC hiccup let the queue grow past recovery.
     */
    static final double OPEN_LOOP_SHARE = 0.7;

    private static final Duration INVARIANTS_PATIENCE = Duration.ofSeconds(120);

    private final Path root;
    private final BenchOptions options;
    private final List<ScenarioResult> rows = new ArrayList<>();
    private final List<FlashSaleResult> flashSales = new ArrayList<>();
    private final List<Ratio> ratios = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();
    private final Map<Scenario, ScenarioResult> measured = new EnumMap<>(Scenario.class);
    private BenchStack stack;
    private ConfirmLoad confirm;
    private FlashSale flashSale;
    private PayLoad pay;
    private CompensationLoad compensation;
    private Floor floor;
    private DriverSettings driverSettings;
    private DelayResult callbackToPaid;
    private CompensationResult compensationResult;
    /** What the closed loop of all clients reached last, warm-up included: the open loop's default rate follows it. */
    private double closedLoopThroughput;

    BenchmarkRun(Path root, BenchOptions options) {
        this.root = root;
        this.options = options;
    }

    BenchReport run() {
        System.out.println("Benchmark: " + options);
        ZonedDateTime started = ZonedDateTime.now();
        stack = BenchStack.start(root, options);
        try {
            System.out.printf(
                    Locale.ROOT, "The stack is ready (%.1f s); its logs: %s%n", stack.startupSeconds(), stack.logs());
            String flush =
                    String.valueOf(stack.database().single("shop_order", "SELECT @@innodb_flush_log_at_trx_commit"));
            prepare();
            options.scenarios().forEach(this::warmUp);
            options.scenarios().forEach(this::measure);
            String invariants = options.drivesTheSuite() ? invariants() : "Not checked: only the floor ran.";
            String driver = driverSettings == null ? null : driverSettings.toString();
            return new BenchReport(
                    RunFacts.of(started, options, flush, stack.logs().toString()),
                    rows,
                    flashSales,
                    callbackToPaid,
                    compensationResult,
                    ratios,
                    driver,
                    invariants,
                    problems);
        } finally {
            stack.stop();
        }
    }

    private void prepare() {
        ShopDatabase database = stack.database();
        if (options.drivesTheSuite()) {
            BenchData data = BenchData.create(database, http(), options);
            confirm = new ConfirmLoad(this::http, data);
            flashSale = new FlashSale(this::http, data, database);
            pay = new PayLoad(this::http, data, database);
            compensation = new CompensationLoad(this::http, data, database);
        }
        if (options.runs(Scenario.FLOOR)) {
            driverSettings = DriverSettings.read(root);
            floor = Floor.prepare(database, stack::jdbcUrl, driverSettings, options.clients());
        }
    }

    private ShopHttp http() {
        return new ShopHttp(stack.orderWebUrl(), stack.payWebUrl());
    }

    private void warmUp(Scenario scenario) {
        Duration length = options.warmup();
        System.out.printf("Warming up %s for %d s%n", scenario.key(), length.toSeconds());
        switch (scenario) {
            case CONFIRM_ONE -> confirm.closedLoop(1, length);
            case CONFIRM_MANY ->
                closedLoopThroughput =
                        confirm.closedLoop(options.clients(), length).throughput();
            case OPEN_LOOP -> confirm.openLoop(openLoopRate(length), options.clients(), length);
            case FLASH_SALE -> flashSale.warmUp(length);
            case PAY -> pay.run(options.clients(), length);
            case COMPENSATION -> compensation.warmUp(length);
            case FLOOR -> {
                floor.run(1, length);
                floor.run(options.clients(), length);
            }
        }
    }

    /** The rate asked for, or a share of the closed loop's throughput, found first by a closed loop if none ran yet. */
    private double openLoopRate(Duration length) {
        if (options.rate() > 0) {
            return options.rate();
        }
        if (closedLoopThroughput == 0) {
            closedLoopThroughput = confirm.closedLoop(options.clients(), length).throughput();
        }
        return Math.max(1, OPEN_LOOP_SHARE * closedLoopThroughput);
    }

    private void measure(Scenario scenario) {
        if (options.drivesTheSuite()) {
            new Quiescence(stack.database()).await();
        }
        System.out.println(
                scenario == Scenario.FLASH_SALE
                        ? "Measuring flash-sale: " + FlashSale.UNITS + " units to " + FlashSale.SMALL_CROWD
                                + ", then to " + FlashSale.LARGE_CROWD + " buyers"
                        : "Measuring " + scenario.key() + " for "
                                + options.measured().toSeconds() + " s");
        switch (scenario) {
            case CONFIRM_ONE -> row(scenario, confirm.closedLoop(1, options.measured()));
            case CONFIRM_MANY ->
                closedLoopThroughput = row(scenario, confirm.closedLoop(options.clients(), options.measured()))
                        .throughput();
            case OPEN_LOOP ->
                row(
                        scenario,
                        confirm.openLoop(openLoopRate(options.measured()), options.clients(), options.measured()));
            case FLASH_SALE -> measureFlashSales();
            case PAY -> measurePayments();
            case COMPENSATION -> measureCompensation();
            case FLOOR -> measureFloor();
        }
    }

    private ScenarioResult row(Scenario scenario, ScenarioResult result) {
        rows.add(result);
        measured.putIfAbsent(scenario, result);
        System.out.printf(
                Locale.ROOT,
                "  %s: %.1f/s, p50 %.1f ms, p99 %.1f ms, answers %s%n",
                result.title(),
                result.throughput(),
                result.millisAt(50),
                result.millisAt(99),
                MarkdownReport.answers(result.answers()));
        return result;
    }

    private void measureFlashSales() {
        FlashSaleResult small = flashSale(FlashSale.SMALL_CROWD);
        FlashSaleResult large = flashSale(FlashSale.LARGE_CROWD);
        ratios.add(new Ratio(
                "flash sale: sales/s of " + FlashSale.LARGE_CROWD + " buyers ÷ " + FlashSale.SMALL_CROWD + " buyers",
                large.sales().throughput(),
                small.sales().throughput(),
                0.8));
    }

    private FlashSaleResult flashSale(int buyers) {
        FlashSaleResult sale = flashSale.run(buyers);
        row(Scenario.FLASH_SALE, sale.sales());
        flashSales.add(sale);
        sale.check().problems().forEach(problem -> problems.add("flash sale of " + buyers + " buyers: " + problem));
        return sale;
    }

    private void measurePayments() {
        PayLoad.Run run = pay.run(options.clients(), options.measured());
        row(Scenario.PAY, run.operations());
        callbackToPaid = pay.callbackToPaid(run.notifiedAt());
        if (callbackToPaid.missing() > 0) {
            problems.add(callbackToPaid.missing() + " notified orders were never marked paid");
        }
    }

    private void measureCompensation() {
        compensationResult = compensation.run(options.measured());
        row(Scenario.COMPENSATION, compensationResult.refusals());
        if (compensationResult.undo().missing() > 0) {
            problems.add(compensationResult.undo().missing() + " refused orders were not undone by every participant");
        }
        if (!compensationResult.everyUnitCameBack()) {
            problems.add("of " + compensationResult.refusedOrders() + " refused orders, "
                    + compensationResult.unitsGivenBack() + " got their unit back");
        }
    }

    private void measureFloor() {
        ScenarioResult one = row(Scenario.FLOOR, floor.run(1, options.measured()));
        ScenarioResult many = row(Scenario.FLOOR, floor.run(options.clients(), options.measured()));
        ScenarioResult suiteOne = measured.get(Scenario.CONFIRM_ONE);
        ScenarioResult suiteMany = measured.get(Scenario.CONFIRM_MANY);
        if (suiteMany != null) {
            ratios.add(new Ratio(
                    "suite ÷ floor, " + options.clients() + " clients",
                    suiteMany.throughput(),
                    many.throughput(),
                    0.6));
        }
        if (suiteOne != null) {
            ratios.add(new Ratio("suite ÷ floor, 1 client", suiteOne.throughput(), one.throughput(), 0));
        }
    }

    /** Every invariant of the suite ({@link Invariants}), given the time the last compensations need. */
    private String invariants() {
        Invariants invariants = new Invariants(stack::jdbcUrl);
        long deadline = System.nanoTime() + INVARIANTS_PATIENCE.toNanos();
        while (true) {
            CheckReport report = invariants.check(CheckBounds.quiet());
            if (report.passed()) {
                return "Every invariant held after the run (" + report.results().size() + " checked by the invariant"
                        + " checker: stock, balances and points equal their ledgers, every order's parts agree with its"
                        + " state, one paid payment per paid order, no order or outbox row left behind).";
            }
            if (System.nanoTime() > deadline) {
                String broken = report.results().entrySet().stream()
                        .filter(entry -> !entry.getValue().isEmpty())
                        .map(entry -> entry.getKey() + " (" + entry.getValue().size() + ")")
                        .collect(java.util.stream.Collectors.joining("; "));
                problems.add("an invariant was violated: " + broken);
                return "**Violated** after " + INVARIANTS_PATIENCE.toSeconds() + " s: " + broken;
            }
            Pause.briefly();
        }
    }
}
