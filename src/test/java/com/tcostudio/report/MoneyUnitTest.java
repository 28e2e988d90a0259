package com.tcostudio.report;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.function.ToDoubleFunction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Money columns switch unit only when whole units would not fit, and say so. */
class MoneyUnitTest {
    /** A stand-in for a font: every character 5 points wide. */
    private static final ToDoubleFunction<String> FIVE_PER_CHAR = s -> 5.0 * s.length();

    @Test
    void formatsInTheUnitWithoutTheCurrency() {
        // 725,163.46 -> whole: "725,163"; / 1e3 = 725.16 -> "725"; / 1e6 = 0.725 -> "0.73"; / 1e9 -> "0.00"
        assertEquals("725,163", MoneyUnit.UNITS.format(725_163.46));
        assertEquals("725", MoneyUnit.THOUSANDS.format(725_163.46));
        assertEquals("0.73", MoneyUnit.MILLIONS.format(725_163.46));
        assertEquals("12,000.00", MoneyUnit.BILLIONS.format(1.2e13));
        assertEquals("-1,500", MoneyUnit.UNITS.format(-1_500));
        assertEquals("n/a", MoneyUnit.UNITS.format(Double.NaN));
        assertEquals("USD", MoneyUnit.UNITS.label("USD"));
        assertEquals("EUR thousands", MoneyUnit.THOUSANDS.label("EUR"));
    }

    @Test
    void picksTheSmallestUnitThatFits() {
        double[] totals = {725_163.46, 3_010_255};
        // "3,010,255" is 9 characters = 45 pt: fits 45 pt in whole units
        assertEquals(MoneyUnit.UNITS, MoneyUnit.fitting(totals, 45, FIVE_PER_CHAR));
        // at 40 pt it does not; in thousands "3,010" = 25 pt does
        assertEquals(MoneyUnit.THOUSANDS, MoneyUnit.fitting(totals, 40, FIVE_PER_CHAR));
        // 1.2e13: "12,000,000,000" 70 pt, "12,000,000.00" 65 pt, "12,000.00" 45 pt: billions at 45 pt
        assertEquals(MoneyUnit.BILLIONS, MoneyUnit.fitting(new double[]{1.2e13}, 45, FIVE_PER_CHAR));
        // nothing fits 20 pt: billions, the widest unit, and the caller's column is to widen
        assertEquals(MoneyUnit.BILLIONS, MoneyUnit.fitting(new double[]{1.2e13}, 20, FIVE_PER_CHAR));
    }

    @Property
    void theChosenUnitFitsAndNoSmallerOneDoes(@ForAll @Size(min = 1, max = 12) List<@DoubleRange(min = -1e13, max = 1e13) Double> amounts,
                                              @ForAll @DoubleRange(min = 10, max = 120) double width) {
        double[] a = amounts.stream().mapToDouble(Double::doubleValue).toArray();
        MoneyUnit u = MoneyUnit.fitting(a, width, FIVE_PER_CHAR);
        for (MoneyUnit smaller : MoneyUnit.values()) {
            if (smaller.ordinal() >= u.ordinal()) {
                break;
            }
            boolean fits = true;
            for (double x : a) {
                fits &= FIVE_PER_CHAR.applyAsDouble(smaller.format(x)) <= width;
            }
            assertTrue(!fits, smaller + " would have fitted");
        }
        if (u != MoneyUnit.BILLIONS) {
            for (double x : a) {
                assertTrue(FIVE_PER_CHAR.applyAsDouble(u.format(x)) <= width, u.format(x));
            }
        }
    }

    @Test
    void multiplesOfTodaysVolume() {
        assertEquals("2.4 times", Formats.multiple(2.4));
        assertEquals("1.34 times", Formats.multiple(1.3388720538720533));
        assertEquals("10,000 times", Formats.multiple(10_000));
    }
}
