package com.tcostudio.core.portfolio;

import com.tcostudio.core.model.Input;
import com.tcostudio.core.model.Scenario;

import java.util.Optional;

/**
 * The valid values of a real-valued portfolio field, for validating ranges on it and clipping
 * Monte Carlo samples: an {@link Input}'s rule, or bounds of a v2-only field.
 */
public final class Domain {
    private final Input input;
    private final double min;
    private final double max;
    private final boolean minExclusive;

    private Domain(Input input, double min, double max, boolean minExclusive) {
        this.input = input;
        this.min = min;
        this.max = max;
        this.minExclusive = minExclusive;
    }

    static Domain of(Input input) {
        return new Domain(input, input.rule().min(), input.rule().max(), false);
    }

    static Domain between(double min, double max) {
        return new Domain(null, min, max, false);
    }

    static Domain above(double min, double max) {
        return new Domain(null, min, max, true);
    }

    /** The v1 input this field is, if it is one. */
    public Optional<Input> input() {
        return Optional.ofNullable(input);
    }

    /** Why a value is refused, or empty when valid. */
    public Optional<String> check(double value) {
        if (input != null) {
            return input.check(value);
        }
        boolean ok = Double.isFinite(value) && (minExclusive ? value > min : value >= min) && value <= max;
        return ok ? Optional.empty() : Optional.of(words() + " (was " + Scenario.format(value) + ")");
    }

    public String words() {
        return input != null ? input.rule().words()
                : "must be " + (minExclusive ? "greater than " : "from ") + Scenario.format(min)
                        + (minExclusive ? " and at most " : " to ") + Scenario.format(max);
    }

    /** The nearest valid value. */
    public double clip(double value) {
        if (input != null) {
            return input.rule().clip(value);
        }
        double lo = minExclusive ? Math.nextUp(min) : min;
        return Math.max(lo, Math.min(max, value));
    }
}
