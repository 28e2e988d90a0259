package com.tcostudio.core.portfolio;

import com.tcostudio.core.model.InvalidScenarioException;
import com.tcostudio.core.model.Scenario;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects the broken rules of a portfolio part, each with the path of its field, so that one
 * refusal lists every problem at once. Paths are relative to the part being checked; a caller
 * that knows where the part sits (for example {@code workloads[2]}) nests them with
 * {@link #under(String, Runnable)}.
 */
final class Problems {
    private final List<InvalidScenarioException.Problem> list = new ArrayList<>();
    private String prefix = "";

    void add(String path, String rule) {
        list.add(new InvalidScenarioException.Problem(prefix + path, rule));
    }

    /** Runs a check whose problems are reported under {@code path} (e.g. {@code "routes[0]."}). */
    void under(String path, Runnable check) {
        String before = prefix;
        prefix = before + path;
        try {
            check.run();
        } catch (InvalidScenarioException e) {
            // a nested part validated itself at construction: keep its problems, under our path
            for (InvalidScenarioException.Problem p : e.problems()) {
                list.add(new InvalidScenarioException.Problem(prefix + p.path(), p.rule()));
            }
        } finally {
            prefix = before;
        }
    }

    /** A real number within [min, max], or absent (NaN) when optional. */
    void number(String path, double value, double min, double max, boolean optional) {
        if (Double.isNaN(value)) {
            if (!optional) {
                add(path, "is required");
            }
            return;
        }
        if (!(value >= min && value <= max)) {
            add(path, "must be from " + Scenario.format(min) + " to " + Scenario.format(max)
                    + " (was " + Scenario.format(value) + ")");
        }
    }

    /** A real number above {@code min} (exclusive) and at most {@code max}. */
    void above(String path, double value, double min, double max) {
        if (Double.isNaN(value)) {
            add(path, "is required");
        } else if (!(value > min && value <= max)) {
            add(path, "must be greater than " + Scenario.format(min) + " and at most " + Scenario.format(max)
                    + " (was " + Scenario.format(value) + ")");
        }
    }

    /** A whole number within [min, max]. */
    void whole(String path, long value, long min, long max) {
        if (value < min || value > max) {
            add(path, "must be a whole number from " + min + " to " + max + " (was " + value + ")");
        }
    }

    boolean isEmpty() {
        return list.isEmpty();
    }

    void throwIfAny() {
        if (!list.isEmpty()) {
            throw new InvalidScenarioException(list);
        }
    }
}
