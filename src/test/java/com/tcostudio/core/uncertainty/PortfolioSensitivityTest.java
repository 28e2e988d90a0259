package com.tcostudio.core.uncertainty;

import com.tcostudio.core.model.Distribution;
import com.tcostudio.core.portfolio.Portfolio;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalDouble;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Sensitivity and what-if of plan A against plan B on the hand-computed portfolios of
 * {@link PortfolioMonteCarloTest}: {@code apiAgainstOwnFleet} over 36 months, the API at 10,000 a
 * month (360,000), the fleet 730 g a month plus 60,000 once: TCO(own) - TCO(api) =
 * 60,000 + 26,280 g - 360,000, break-even at 60,000 / (10,000 - 730 g) months.
 */
class PortfolioSensitivityTest {
    static final double MONEY = 1e-6;
    static final double MONTHS = 1e-9;

    @Test
    void theBarsGiveTheDifferenceAndBreakEvenAtLowAndHigh() {
        Portfolio p = PortfolioMonteCarloTest.apiAgainstOwnFleet();
        PortfolioSensitivity.Result r = PortfolioSensitivity.run(p, 1, 0);
        // base g = 5: 60,000 + 131,400 - 360,000 = -168,600; break-even 60,000 / 6,350
        assertEquals(-168_600, r.baseDelta(), MONEY);
        assertEquals(60_000 / 6_350.0, r.baseBreakEven(), MONTHS);
        PortfolioSensitivity.Bar bar = r.bars().get(0);
        assertEquals("deployments.fleet.hosting.gpuHourly", bar.path());
        assertEquals(2, bar.low());
        assertEquals(12, bar.high());
        // g = 2: 60,000 + 52,560 - 360,000 = -247,440; g = 12: 60,000 + 315,360 - 360,000 = 15,360
        assertEquals(-247_440, bar.deltaAtLow(), MONEY);
        assertEquals(15_360, bar.deltaAtHigh(), MONEY);
        // g = 2: 60,000 / 8,540 months; g = 12: 60,000 / 1,240 = 48.4, beyond the 36 months: none
        assertEquals(60_000 / 8_540.0, bar.breakEvenAtLow(), MONTHS);
        assertTrue(Double.isNaN(bar.breakEvenAtHigh()));
    }

    @Test
    void barsComeLargestSwingFirstAndTheBaseIsRestored() {
        Map<String, Distribution> ranges = new LinkedHashMap<>();
        // the API price from 9 to 11 moves the difference by 36,000 either way
        ranges.put("apis.api.inputPerMTok", Distribution.uniform(9, 11));
        // g from 2 to 12 moves it by up to 184,000
        ranges.put("deployments.fleet.hosting.gpuHourly", Distribution.uniform(2, 12));
        Portfolio p = PortfolioMonteCarloTest.apiAgainstOwnFleet().withUncertainty(ranges);
        PortfolioSensitivity.Result r = PortfolioSensitivity.run(p, 1, 0);
        assertEquals("deployments.fleet.hosting.gpuHourly", r.bars().get(0).path());
        PortfolioSensitivity.Bar price = r.bars().get(1);
        // price 9: api 324,000, delta 60,000 + 131,400 - 324,000 = -132,600; price 11: -204,600
        assertEquals(-132_600, price.deltaAtLow(), MONEY);
        assertEquals(-204_600, price.deltaAtHigh(), MONEY);
        assertEquals(36_000, price.swing(r.baseDelta()), MONEY);
    }

    @Test
    void whatIfFindsTheGpuPriceAtWhichThePlansCostTheSame() {
        PortfolioWhatIf w = PortfolioWhatIf.of(PortfolioMonteCarloTest.apiAgainstOwnFleet(),
                "deployments.fleet.hosting.gpuHourly", 1, 0);
        // 60,000 + 26,280 g = 360,000 at g = 300,000 / 26,280
        OptionalDouble g = w.breakEven(1, 20);
        assertEquals(300_000 / 26_280.0, g.orElseThrow(), 1e-9);
        assertTrue(w.breakEven(1, 5).isEmpty(), "own stays cheaper below 5");
        double[][] curve = w.curve(2, 12, 3);
        // g = 2, 7, 12: -247,440, 60,000 + 183,960 - 360,000 = -116,040, 15,360
        assertEquals(-247_440, curve[0][1], MONEY);
        assertEquals(-116_040, curve[1][1], MONEY);
        assertEquals(15_360, curve[2][1], MONEY);
    }

    @Test
    void aPlanAgainstItselfOrAnUnknownPathIsRefused() {
        Portfolio p = PortfolioMonteCarloTest.apiAgainstOwnFleet();
        assertThrows(IllegalArgumentException.class, () -> PortfolioSensitivity.run(p, 1, 1));
        assertThrows(IllegalArgumentException.class, () -> PortfolioSensitivity.run(p, 2, 0));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PortfolioWhatIf.of(p, "deployments.fleet.hosting.gpus", 1, 0));
        assertEquals("deployments.fleet.hosting.gpus names no real-valued field of this scenario", e.getMessage());
    }
}
