package com.shop.check;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Map;

/**
 * {@code ./shop check}: checks every invariant against the service databases named by the environment (as the services
 * read it; by default the databases of {@code ./shop up}) and prints the verdict. Exit status 0 when all hold, 1 on any
 * violation, 2 when the databases cannot be read or the arguments are wrong.
 */
public final class ShopCheck {

    static final String USAGE = """
            usage: ./shop check [--settle <s>] [--stuck <s>] [--unsent <s>] [--quiet]

              --settle <s>  seconds an order must be unchanged before every service must agree with it (default 60)
              --stuck <s>   seconds anything may stay unfinished: unconfirmed, past its payment deadline, refund
                            pending, dispensing, a consumed message failing (default 300)
              --unsent <s>  seconds an outbox row may stay unsent (default 60)
              --quiet       the suite is idle: everything must agree and be finished now (all three 0)

            The databases: SHOP_DB_URL_<SERVICE>, SHOP_DB_USER_<SERVICE>, SHOP_DB_PASSWORD_<SERVICE> for ORDER, GOODS,
            COUPON, USER and PAY, as the services read them; unset, those of ./shop up.""";

    private ShopCheck() {}

    public static void main(String[] args) {
        System.exit(run(System.getenv(), System.out, System.err, args));
    }

    /** @return the exit status */
    static int run(Map<String, String> environment, PrintStream out, PrintStream err, String... args) {
        CheckBounds bounds;
        try {
            bounds = parse(args);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            err.println(USAGE);
            return 2;
        }
        try {
            CheckReport report = new InvariantChecker(ShopDatabases.fromEnvironment(environment)).check(bounds);
            out.print(report.format());
            return report.passed() ? 0 : 1;
        } catch (CheckFailedException e) {
            err.println("shop check could not read the databases: " + e.getMessage()
                    + (e.getCause() == null ? "" : " (" + e.getCause().getMessage() + ")"));
            return 2;
        }
    }

    static CheckBounds parse(String... args) {
        CheckBounds defaults = CheckBounds.defaults();
        Duration settle = defaults.settle();
        Duration stuck = defaults.stuck();
        Duration unsent = defaults.unsent();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--settle" -> settle = seconds(args, ++i, "--settle");
                case "--stuck" -> stuck = seconds(args, ++i, "--stuck");
                case "--unsent" -> unsent = seconds(args, ++i, "--unsent");
                case "--quiet" -> {
                    settle = Duration.ZERO;
                    stuck = Duration.ZERO;
                    unsent = Duration.ZERO;
                }
                case "-h", "--help", "help" -> throw new IllegalArgumentException("shop check");
                default -> throw new IllegalArgumentException("unknown argument of check: " + args[i]);
            }
        }
        return new CheckBounds(settle, stuck, unsent);
    }

    private static Duration seconds(String[] args, int index, String option) {
        if (index >= args.length) {
            throw new IllegalArgumentException(option + " needs a number of seconds");
        }
        try {
            long seconds = Long.parseLong(args[index]);
            if (seconds < 0) {
                throw new NumberFormatException();
            }
            return Duration.ofSeconds(seconds);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(
                    option + " takes a number of seconds (0 or more), not '" + args[index] + "'");
        }
    }
}
