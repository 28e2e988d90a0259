package com.tcostudio.core.uncertainty;

import com.tcostudio.core.engine.CostEngine;
import com.tcostudio.core.engine.Evaluation;
import com.tcostudio.core.engine.Pair;
import com.tcostudio.core.engine.Setup;
import com.tcostudio.core.model.Distribution;
import com.tcostudio.core.model.Input;
import com.tcostudio.core.model.Scenario;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * One-at-a-time sensitivity (a tornado): each uncertain input at its low and then its high (the
 * 5th and 95th percentiles for normal and lognormal, which is how those are given), everything else
 * at base; the change of TCO(open) - TCO(closed) and of the open-vs-closed break-even month.
 * Inputs come sorted by the larger swing of the difference.
 */
public final class Sensitivity {

    /** One bar of the tornado. Break-even months are NaN where there is none. */
    public record Bar(Input input, double low, double high, double deltaAtLow, double deltaAtHigh,
                      double breakEvenAtLow, double breakEvenAtHigh) {
        /** The larger distance of the two deltas from the base delta. */
        public double swing(double baseDelta) {
            return Math.max(Math.abs(deltaAtLow - baseDelta), Math.abs(deltaAtHigh - baseDelta));
        }
    }

    /** The base difference and the bars, largest swing first. */
    public record Result(double baseDelta, List<Bar> bars) {
    }

    private Sensitivity() {
    }

    public static Result run(Scenario s) {
        double base = delta(CostEngine.DEFAULT.evaluate(s));
        List<Bar> bars = new ArrayList<>();
        for (Map.Entry<Input, Distribution> e : s.uncertainty().entrySet()) {
            Input input = e.getKey();
            double lo = input.rule().clip(e.getValue().low());
            double hi = input.rule().clip(e.getValue().high());
            Evaluation atLow = CostEngine.DEFAULT.evaluate(s.with(input, lo));
            Evaluation atHigh = CostEngine.DEFAULT.evaluate(s.with(input, hi));
            bars.add(new Bar(input, lo, hi, delta(atLow), delta(atHigh), breakEven(atLow), breakEven(atHigh)));
        }
        bars.sort(Comparator.comparingDouble((Bar b) -> b.swing(base)).reversed());
        return new Result(base, List.copyOf(bars));
    }

    private static double delta(Evaluation e) {
        return e.setup(Setup.OPEN).tco() - e.setup(Setup.CLOSED).tco();
    }

    private static double breakEven(Evaluation e) {
        return e.breakEven(Pair.OPEN_VS_CLOSED).orElseThrow().month();
    }
}
