package com.shop.e2e.bench;

/**
 * A ratio of two throughputs the report states, with the least value the suite aims for (0: no goal).
 */
record Ratio(String title, double numerator, double denominator, double goal) {

    double value() {
        return denominator > 0 ? numerator / denominator : 0;
    }

    boolean meetsGoal() {
        return value() >= goal;
    }
}
