package com.tcostudio.report;

import com.tcostudio.core.model.Distribution;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class UncertaintyPagesTest {

    @Test
    void tablesSwitchToThousandsAndMillionsWhereNineDigitsWouldNotFit() {
        assertEquals(AmountScale.UNITS, AmountScale.of(List.of(99_999_999.0, -5.0)));
        assertEquals(AmountScale.THOUSANDS, AmountScale.of(List.of(1.0, -150_000_000.0)));
        assertEquals(AmountScale.MILLIONS, AmountScale.of(List.of(2e11)));
        assertEquals("150,000", AmountScale.THOUSANDS.format(150_000_000));
        assertEquals("n/a", AmountScale.UNITS.format(Double.NaN));
    }

    @Test
    void distributionsGivenByPercentilesSaySo() {
        assertEquals("PERT", UncertaintyPages.distribution(Distribution.pert(1, 2, 3)));
        assertEquals("normal (P5\u2013P95)", UncertaintyPages.distribution(Distribution.normal(1, 3)));
        assertEquals("uniform", UncertaintyPages.distribution(Distribution.uniform(1, 3)));
    }
}
