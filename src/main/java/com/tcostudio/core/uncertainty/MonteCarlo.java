package com.tcostudio.core.uncertainty;

import com.tcostudio.core.engine.CostEngine;
import com.tcostudio.core.engine.Evaluation;
import com.tcostudio.core.engine.Pair;
import com.tcostudio.core.engine.Setup;
import com.tcostudio.core.engine.SetupResult;
import com.tcostudio.core.model.Distribution;
import com.tcostudio.core.model.Input;
import com.tcostudio.core.model.Scenario;
import org.apache.commons.math3.random.Well19937c;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Monte Carlo over a scenario's ranges (METHODOLOGY.md, "Uncertainty"): each sample draws every
 * uncertain input independently, clips it to the input's valid range, and evaluates the scenario.
 *
 * <p>Same seed, same result, on every run and machine: samples are drawn in fixed blocks of
 * {@link #BLOCK}, each with its own generator seeded from (seed, block index), so how the blocks
 * are spread over the cores changes nothing. Outputs are kept as one primitive array per quantity.
 */
public final class MonteCarlo {
    public static final int DEFAULT_SAMPLES = 10_000;
    static final int BLOCK = 256;

    private MonteCarlo() {
    }

    public static SimulationResult run(Scenario s, int samples, long seed) {
        if (samples < 1) {
            throw new IllegalArgumentException("samples must be at least 1 (was " + samples + ")");
        }
        int months = s.horizonMonths();
        List<Map.Entry<Input, Distribution>> ranges = new ArrayList<>(s.uncertainty().entrySet());
        Setup[] setups = s.hasHybrid() ? Setup.values() : new Setup[]{Setup.CLOSED, Setup.OPEN};
        double[][] tco = new double[setups.length][samples];
        double[][] npv = new double[setups.length][samples];
        double[][] cumulative = new double[setups.length][samples * months];
        double[] breakEven = new double[samples];
        int blocks = (samples + BLOCK - 1) / BLOCK;
        int[][] clipped = new int[blocks][ranges.size()];
        double[] base = s.valuesCopy();

        IntStream.range(0, blocks).parallel().forEach(b -> {
            Well19937c rng = new Well19937c(new int[]{(int) seed, (int) (seed >>> 32), b});
            Samplers.Sampler[] samplers = new Samplers.Sampler[ranges.size()];
            for (int k = 0; k < samplers.length; k++) {
                samplers[k] = Samplers.of(ranges.get(k).getValue(), rng);
            }
            double[] values = base.clone();
            for (int i = b * BLOCK; i < Math.min(samples, (b + 1) * BLOCK); i++) {
                for (int k = 0; k < samplers.length; k++) {
                    Input input = ranges.get(k).getKey();
                    double drawn = samplers[k].sample();
                    double kept = input.rule().clip(drawn);
                    if (kept != drawn) {
                        clipped[b][k]++;
                    }
                    values[input.ordinal()] = kept;
                }
                Evaluation e = CostEngine.DEFAULT.evaluate(s.withValues(values));
                for (int j = 0; j < setups.length; j++) {
                    SetupResult r = e.setup(setups[j]);
                    tco[j][i] = r.tco();
                    npv[j][i] = r.npv();
                    for (int m = 0; m < months; m++) {
                        cumulative[j][i * months + m] = r.cumulative(m);
                    }
                }
                breakEven[i] = e.breakEven(Pair.OPEN_VS_CLOSED).orElseThrow().month();
            }
        });

        double[] clippedShare = new double[ranges.size()];
        for (int[] block : clipped) {
            for (int k = 0; k < block.length; k++) {
                clippedShare[k] += block[k];
            }
        }
        List<Input> inputs = new ArrayList<>();
        for (int k = 0; k < ranges.size(); k++) {
            clippedShare[k] /= samples;
            inputs.add(ranges.get(k).getKey());
        }
        return new SimulationResult(samples, seed, months, setups, tco, npv, cumulative, breakEven, inputs, clippedShare);
    }
}
