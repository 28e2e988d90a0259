package com.tcostudio.core.portfolio;

/**
 * Forced model migrations on an API: every {@code everyMonths} months (providers retire models)
 * the move costs {@code personMonths} of staff time and {@code oneTimeCost}.
 */
public record Migration(int everyMonths, double personMonths, double oneTimeCost) {
    public static final int MAX_EVERY_MONTHS = 1_200;
    public static final double MAX_PERSON_MONTHS = 10_000;
    public static final double MAX_ONE_TIME_COST = 1e12;

    public Migration {
        Problems p = new Problems();
        p.whole("everyMonths", everyMonths, 1, MAX_EVERY_MONTHS);
        p.number("personMonths", personMonths, 0, MAX_PERSON_MONTHS, false);
        p.number("oneTimeCost", oneTimeCost, 0, MAX_ONE_TIME_COST, false);
        p.throwIfAny();
    }
}
