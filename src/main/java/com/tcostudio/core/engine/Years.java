package com.tcostudio.core.engine;

/**
 * Months grouped by year for tables and yearly charts: year 1 is months 1-12, year 2 months
 * 13-24, and so on; the last year holds what is left when the horizon is not a whole number of
 * years. The one place where monthly values are summed by year.
 */
public final class Years {
    public static final int MONTHS_PER_YEAR = 12;

    private Years() {
    }

    /** Years needed to cover the months: 36 months are 3 years, 40 are 4 (the last one short). */
    public static int count(int months) {
        if (months < 0) {
            throw new IllegalArgumentException("months must be at least 0 (was " + months + ")");
        }
        return (months + MONTHS_PER_YEAR - 1) / MONTHS_PER_YEAR;
    }

    /** The sum of each year's months, in month order within the year. */
    public static double[] sums(double[] monthly) {
        double[] years = new double[count(monthly.length)];
        for (int i = 0; i < monthly.length; i++) {
            years[i / MONTHS_PER_YEAR] += monthly[i];
        }
        return years;
    }
}
