package com.tcostudio.core.portfolio;

import com.tcostudio.core.model.Currency;
import com.tcostudio.core.model.Input;
import com.tcostudio.core.model.Section;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

/**
 * The v1 numeric fields of one portfolio part (a workload, an API, a deployment, the finance
 * settings), keyed by {@link Input} so that each field keeps v1's rule, unit and help. Absent
 * fields are NaN. Immutable.
 *
 * <p>A v2 part carries the fields of one v1 section: a workload those of {@code workload.*}, an
 * API those of {@code closed.*}, a deployment those of {@code open.*} and its hosting mode.
 * {@link Input#fieldName()} is the field's name inside the part's JSON object.
 */
public final class Fields {
    private static final int COUNT = Input.values().length;

    private final double[] values;

    private Fields(double[] values) {
        this.values = values;
    }

    public static Fields empty() {
        double[] v = new double[COUNT];
        Arrays.fill(v, Double.NaN);
        return new Fields(v);
    }

    /** A copy of values indexed by {@link Input#ordinal()}. */
    public static Fields of(double[] values) {
        if (values.length != COUNT) {
            throw new IllegalArgumentException("expected " + COUNT + " values, got " + values.length);
        }
        return new Fields(values.clone());
    }

    public double get(Input input) {
        return values[input.ordinal()];
    }

    public boolean has(Input input) {
        return !Double.isNaN(values[input.ordinal()]);
    }

    /** A copy with one field changed; NaN clears it. */
    public Fields with(Input input, double value) {
        double[] v = values.clone();
        v[input.ordinal()] = value;
        return new Fields(v);
    }

    public double[] toArray() {
        return values.clone();
    }

    /** The inputs of these sections: the fields a part of that kind has. */
    public static Set<Input> inputsOf(Section... sections) {
        Set<Input> set = EnumSet.noneOf(Input.class);
        Set<Section> wanted = EnumSet.copyOf(Arrays.asList(sections));
        for (Input i : Input.values()) {
            if (wanted.contains(i.section())) {
                set.add(i);
            }
        }
        return set;
    }

    /**
     * The field's path inside its part: {@code hosting.gpuHourly} for {@code open.hosting.gpuHourly},
     * {@code monthlyGrowth} for {@code workload.monthlyGrowth}.
     */
    public static String pathInPart(Input input) {
        String path = input.path();
        int dot = path.indexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }

    /**
     * Checks the given inputs by their v1 rules, each reported under its path in the part; inputs in
     * {@code optional} may be absent whatever v1 says.
     */
    void check(Problems problems, Set<Input> inputs, Set<Input> optional) {
        for (Input input : inputs) {
            double v = get(input);
            if (Double.isNaN(v)) {
                if (!input.isOptional() && !optional.contains(input)) {
                    problems.add(pathInPart(input), "is required");
                }
                continue;
            }
            input.check(v).ifPresent(rule -> problems.add(pathInPart(input), rule));
        }
    }

    /**
     * Checks the money bounds that depend on the scenario's currency (a part validates itself
     * without knowing it; the portfolio, which does, calls this).
     */
    void checkInCurrency(Problems problems, Set<Input> inputs, Currency currency) {
        for (Input input : inputs) {
            double v = get(input);
            if (!Double.isNaN(v) && input.check(v).isEmpty()) {
                input.check(v, currency).ifPresent(rule -> problems.add(pathInPart(input), rule));
            }
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Fields && Arrays.equals(values, ((Fields) o).values);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(values);
    }
}
