package com.tcostudio.report;

import java.util.function.ToDoubleFunction;

/**
 * The unit a column of money is shown in: whole units, thousands, millions or billions, said once
 * in the column's header ("TCO (USD thousands)"), so that a headline total is never cut off at a
 * long horizon or in a currency with large numbers. The report picks the smallest unit whose
 * widest value fits the column ({@link #fitting}).
 */
public enum MoneyUnit {
    UNITS(1, "", "#,##0"),
    THOUSANDS(1e3, " thousands", "#,##0"),
    MILLIONS(1e6, " millions", "#,##0.00"),
    BILLIONS(1e9, " billions", "#,##0.00");

    private final double divisor;
    private final String word;
    private final String pattern;

    MoneyUnit(double divisor, String word, String pattern) {
        this.divisor = divisor;
        this.word = word;
        this.pattern = pattern;
    }

    /** The amount in this unit, without the currency (the header says it): "725,163", "725", "0.73". */
    public String format(double amount) {
        return Double.isFinite(amount) ? Formats.pattern(amount / divisor, pattern) : "n/a";
    }

    /** The header's unit: "USD", "USD thousands". */
    public String label(String currency) {
        return currency + word;
    }

    /**
     * The smallest unit in which every amount, formatted, is at most {@code width} wide as measured;
     * billions when none fits (a value that still does not fit is the caller's column to widen).
     */
    public static MoneyUnit fitting(double[] amounts, double width, ToDoubleFunction<String> measure) {
        for (MoneyUnit u : values()) {
            boolean fits = true;
            for (double a : amounts) {
                if (measure.applyAsDouble(u.format(a)) > width) {
                    fits = false;
                    break;
                }
            }
            if (fits) {
                return u;
            }
        }
        return BILLIONS;
    }
}
