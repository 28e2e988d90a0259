package com.tcostudio.core.engine;

import java.util.List;

/**
 * When setup A's cumulative cost becomes no dearer than B's.
 *
 * @param month first crossing down in fractional months (2.5 = halfway through month 3); 0 when A is
 *        no dearer from the start; NaN (null in JSON) when A is dearer all through the horizon
 * @param discountedMonth the same on discounted costs
 * @param crossings every crossing in order
 */
public record BreakEven(double month, double discountedMonth, List<Crossing> crossings) {

    /** A point where the gap changes sign; {@code aCheaper} is true when A becomes no dearer. */
    public record Crossing(double month, boolean aCheaper) {
    }

    public BreakEven {
        crossings = List.copyOf(crossings);
    }

    public boolean found() {
        return !Double.isNaN(month);
    }
}
