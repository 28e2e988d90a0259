package com.tcostudio.core.engine;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class YearsTest {
    private static final double EXACT = 0;

    @Test
    void yearsCoverTheMonthsTheLastOneMayBeShort() {
        assertEquals(0, Years.count(0));
        assertEquals(1, Years.count(1));
        assertEquals(3, Years.count(36));
        // 37 months: 3 whole years and a year 4 of one month
        assertEquals(4, Years.count(37));
        assertEquals(10, Years.count(120));
        assertThrows(IllegalArgumentException.class, () -> Years.count(-1));
    }

    @Test
    void sumsAddTwelveMonthsAYear() {
        double[] monthly = new double[14];
        for (int i = 0; i < monthly.length; i++) {
            monthly[i] = i + 1;
        }
        // year 1: 1 + 2 + ... + 12 = 12 x 13 / 2 = 78; year 2: months 13 and 14 = 27
        assertArrayEquals(new double[]{78, 27}, Years.sums(monthly), EXACT);
        assertArrayEquals(new double[0], Years.sums(new double[0]), EXACT);
    }
}
