package com.tcostudio.core.model;

import java.util.Arrays;
import java.util.Optional;

/**
 * A range on an input: the uncertainty section of a scenario keys these by the input's path.
 * For {@code normal} and {@code lognormal}, {@code low} and {@code high} are the 5th and 95th
 * percentiles. {@code mode} is NaN for the kinds that have none.
 */
public record Distribution(Kind kind, double low, double mode, double high) {

    public enum Kind {
        UNIFORM("uniform", false), TRIANGULAR("triangular", true), PERT("pert", true),
        NORMAL("normal", false), LOGNORMAL("lognormal", false);

        private final String label;
        private final boolean hasMode;

        Kind(String label, boolean hasMode) {
            this.label = label;
            this.hasMode = hasMode;
        }

        public String label() {
            return label;
        }

        public boolean hasMode() {
            return hasMode;
        }

        public static Optional<Kind> fromLabel(String label) {
            return Arrays.stream(values()).filter(k -> k.label.equals(label)).findFirst();
        }
    }

    public Distribution {
        if (kind == null) {
            throw new IllegalArgumentException("dist: must be one of uniform, triangular, pert, normal, lognormal");
        }
        if (!Double.isFinite(low) || !Double.isFinite(high)) {
            throw new IllegalArgumentException("low and high must be finite numbers (were " + low + ", " + high + ")");
        }
        if (low > high) {
            throw new IllegalArgumentException("low (" + Scenario.format(low) + ") cannot be greater than high ("
                    + Scenario.format(high) + ")");
        }
        if (kind.hasMode()) {
            if (!Double.isFinite(mode)) {
                throw new IllegalArgumentException(kind.label() + " needs a finite mode");
            }
            if (mode < low || mode > high) {
                throw new IllegalArgumentException("mode (" + Scenario.format(mode) + ") must lie between low ("
                        + Scenario.format(low) + ") and high (" + Scenario.format(high) + ")");
            }
        } else if (!Double.isNaN(mode)) {
            throw new IllegalArgumentException(kind.label() + " takes no mode");
        }
        if (kind == Kind.LOGNORMAL && !(low > 0)) {
            throw new IllegalArgumentException("lognormal needs positive bounds (low was " + Scenario.format(low) + ")");
        }
    }

    public static Distribution uniform(double low, double high) {
        return new Distribution(Kind.UNIFORM, low, Double.NaN, high);
    }

    public static Distribution triangular(double low, double mode, double high) {
        return new Distribution(Kind.TRIANGULAR, low, mode, high);
    }

    public static Distribution pert(double low, double mode, double high) {
        return new Distribution(Kind.PERT, low, mode, high);
    }

    public static Distribution normal(double p5, double p95) {
        return new Distribution(Kind.NORMAL, p5, Double.NaN, p95);
    }

    public static Distribution lognormal(double p5, double p95) {
        return new Distribution(Kind.LOGNORMAL, p5, Double.NaN, p95);
    }
}
