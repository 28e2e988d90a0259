package com.tcostudio.core.engine;

import java.util.Arrays;

/**
 * The break-even {@code scale} between two plans' run-rates (METHODOLOGY-V2): over
 * {@code 0 < k <= 10,000}, {@code first} is the infimum of the k at which A is no dearer than B,
 * {@code sustained} the infimum of the k from which A is no dearer at every larger k in range.
 *
 * <p>Found exactly, not by sampling. The gap D(k) = A(k) - B(k) is linear between breakpoints
 * (hinge knots, autoscaling limits, replica steps), but staircases can have millions of steps.
 * Two continuous bounds of D, with each staircase replaced by its line and that line plus one
 * replica ({@link PlanRunRate#bound}), have a handful of knots and are solved segment by segment:
 * where the lower bound is above 0, D is; where the upper bound is at most 0, D is. Only the band
 * between them, typically a step or two wide, is walked piece by piece on D itself.
 * ({@code docs/decisions/0002-exact-break-even-volume.md} gives v1's closed-form method for one
 * staircase against a line; this generalizes it to any number of staircases in either plan.)
 *
 * <p>Ties: run-rates within {@link Scale#TIE_TOLERANCE} of the larger are equal ({@link #gap}), so
 * plans equal up to rounding are no dearer everywhere; a piece of D that starts at a tie and rises
 * is dearer all along it, so D(0+) = 0 with a positive slope gives no {@code first} at 0. The
 * bounds carry the tie band, so the walk never starts past a tie.
 */
final class ScaleSearch {
    private ScaleSearch() {
    }

    static Scale scale(PlanRunRate a, PlanRunRate b) {
        double max = Scale.MAX_SCALE;
        double[] knots = new double[a.maxKnots() + b.maxKnots() + 2];
        int count = 0;
        knots[count++] = 0;
        count = a.knots(knots, count, max);
        count = b.knots(knots, count, max);
        knots[count++] = max;
        Arrays.sort(knots, 0, count);
        double[] k = dedupe(knots, count);

        double first;
        double lowFirst = firstNonPositive(a, b, k, true);
        if (Double.isNaN(lowFirst)) {
            first = Double.NaN;
        } else {
            // D is dearer before lowFirst; the walk ends by highFirst, where D is at most 0
            first = new Walk(a, b, k, lowFirst).first();
        }

        double sustained;
        if (gap(a.at(max), b.at(max)) > 0) {
            sustained = Double.NaN;
        } else {
            double highLast = lastPositive(a, b, k, false);
            if (Double.isNaN(highLast)) {
                sustained = 0;
            } else {
                double lowLast = lastPositive(a, b, k, true);
                double from = Double.isNaN(lowLast) ? 0 : lowLast;
                sustained = new Walk(a, b, k, from).lastPositive(highLast, from);
            }
        }
        if (first > sustained) {
            // one root reached from two sides can differ in its last bits; sustained is never below first
            sustained = first;
        }
        return new Scale(first, sustained);
    }

    /**
     * A - B, or 0 when the two are equal within {@link Scale#TIE_TOLERANCE} of the larger: a tie is
     * "no dearer", whatever order the costs were summed in.
     */
    static double gap(double a, double b) {
        double d = a - b;
        return Math.abs(d) <= Scale.TIE_TOLERANCE * Math.max(Math.abs(a), Math.abs(b)) ? 0 : d;
    }

    private static double[] dedupe(double[] sorted, int count) {
        double[] out = new double[count];
        int m = 0;
        for (int i = 0; i < count; i++) {
            if (m == 0 || sorted[i] > out[m - 1]) {
                out[m++] = sorted[i];
            }
        }
        return Arrays.copyOf(out, m);
    }

    /**
     * A bound of D made safe for ties, linear between the knots (run-rates are not negative).
     * {@code lower}: A's lower bound minus B's upper one, less the tie band at the upper bounds;
     * where it is above 0, A is dearer beyond a tie. Otherwise A's upper bound minus B's lower one,
     * less half the tie band at the lower bounds; where it is at most 0, A is no dearer.
     */
    private static double bound(PlanRunRate a, PlanRunRate b, double k, boolean lower) {
        double aLow = a.bound(k, true);
        double aHigh = a.bound(k, false);
        double bLow = b.bound(k, true);
        double bHigh = b.bound(k, false);
        return lower ? aLow - bHigh - Scale.TIE_TOLERANCE * (aHigh + bHigh)
                : aHigh - bLow - Scale.TIE_TOLERANCE / 2 * (aLow + bLow);
    }

    /** The first k where the bound is at most 0, or NaN; it is linear between the knots. */
    private static double firstNonPositive(PlanRunRate a, PlanRunRate b, double[] k, boolean lower) {
        double f0 = bound(a, b, k[0], lower);
        if (f0 <= 0) {
            return k[0];
        }
        for (int i = 0; i + 1 < k.length; i++) {
            double f1 = bound(a, b, k[i + 1], lower);
            if (f1 <= 0) {
                return k[i] + (k[i + 1] - k[i]) * (f0 / (f0 - f1));
            }
            f0 = f1;
        }
        return Double.NaN;
    }

    /** The supremum of the k where the bound is above 0, or NaN when it is nowhere. */
    private static double lastPositive(PlanRunRate a, PlanRunRate b, double[] k, boolean lower) {
        int last = k.length - 1;
        double f1 = bound(a, b, k[last], lower);
        if (f1 > 0) {
            return k[last];
        }
        for (int i = last - 1; i >= 0; i--) {
            double f0 = bound(a, b, k[i], lower);
            if (f0 > 0) {
                return k[i] + (k[i + 1] - k[i]) * (f0 / (f0 - f1));
            }
            f1 = f0;
        }
        return Double.NaN;
    }

    /**
     * Walks D piece by piece from a starting point: a piece (lo, hi] has fixed replica counts and
     * no knot inside, so D is linear on it (continuous within, right-closed at the step ends).
     */
    private static final class Walk {
        private final PlanRunRate a;
        private final PlanRunRate b;
        private final double[] knots;
        private final long[] counts;
        private final double[] ends;
        private int nextKnot;
        private double lo;

        Walk(PlanRunRate a, PlanRunRate b, double[] knots, double from) {
            this.a = a;
            this.b = b;
            this.knots = knots;
            counts = new long[a.fleets + b.fleets];
            ends = new double[counts.length];
            lo = from;
            for (int i = 0; i < counts.length; i++) {
                PlanRunRate p = i < a.fleets ? a : b;
                int j = i < a.fleets ? i : i - a.fleets;
                if (p.autoscaled[j] || !(p.rate[j] > 0)) {
                    counts[i] = p.minReplicas[j];
                    ends[i] = Double.POSITIVE_INFINITY;
                    continue;
                }
                long c = p.serving(j, from);
                // at a step's end the next piece has one more replica
                if (p.stepEnd(j, c) <= from) {
                    c++;
                }
                counts[i] = c;
                ends[i] = p.stepEnd(j, c);
            }
            while (nextKnot < knots.length && knots[nextKnot] <= from) {
                nextKnot++;
            }
        }

        /** D on the current piece at k, ties as 0. */
        private double gap(double k) {
            return ScaleSearch.gap(a.at(k, counts, 0), b.at(k, counts, a.fleets));
        }

        private double hi() {
            double hi = nextKnot < knots.length ? knots[nextKnot] : Scale.MAX_SCALE;
            for (double e : ends) {
                hi = Math.min(hi, e);
            }
            return Math.min(hi, Scale.MAX_SCALE);
        }

        private void advance(double hi) {
            lo = hi;
            while (nextKnot < knots.length && knots[nextKnot] <= hi) {
                nextKnot++;
            }
            for (int i = 0; i < counts.length; i++) {
                if (ends[i] <= hi) {
                    PlanRunRate p = i < a.fleets ? a : b;
                    int j = i < a.fleets ? i : i - a.fleets;
                    counts[i]++;
                    ends[i] = p.stepEnd(j, counts[i]);
                }
            }
        }

        /**
         * The infimum of the k at which D is at most 0, or NaN. A piece that starts at a tie and
         * rises is dearer all along (its start belongs to the piece before, or is k = 0, out of
         * range): D(0+) = 0 with a positive slope is dearer at every small k.
         */
        double first() {
            if (lo > 0 && ScaleSearch.gap(a.at(lo), b.at(lo)) <= 0) {
                // the walk starts where a bound reached 0: D's own value there, a step end's included
                return lo;
            }
            while (lo < Scale.MAX_SCALE) {
                double hi = hi();
                double d0 = gap(lo);
                double d1 = gap(hi);
                if (d0 < 0 || (d0 == 0 && d1 <= 0)) {
                    return lo;
                }
                if (d0 > 0 && d1 <= 0) {
                    return lo + (hi - lo) * (d0 / (d0 - d1));
                }
                if (hi >= Scale.MAX_SCALE) {
                    break;
                }
                advance(hi);
            }
            return Double.NaN;
        }

        /** The supremum of the k at which D is above 0, up to {@code until}, at least {@code floor}. */
        double lastPositive(double until, double floor) {
            double best = floor;
            while (lo < until && lo < Scale.MAX_SCALE) {
                double hi = hi();
                double d0 = gap(lo);
                double d1 = gap(hi);
                if (d1 > 0) {
                    best = Math.max(best, hi);
                } else if (d0 > 0) {
                    best = Math.max(best, lo + (hi - lo) * (d0 / (d0 - d1)));
                }
                advance(hi);
            }
            return best;
        }
    }
}
