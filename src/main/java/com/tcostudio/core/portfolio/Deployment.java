package com.tcostudio.core.portfolio;

import com.tcostudio.core.model.CatalogueRef;
import com.tcostudio.core.model.CatalogueSlot;
import com.tcostudio.core.model.HostingMode;
import com.tcostudio.core.model.Input;
import com.tcostudio.core.model.Scenario;
import com.tcostudio.core.model.Section;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A self-hosted deployment of an open-weight model: v1's open fields ({@code open.*} and the
 * hosting mode's {@code open.hosting.*} inputs), throughput either as v1's two figures or as
 * measured {@link OperatingPoint}s, and the contract terms of its GPUs.
 *
 * @param fixedReplicas   a fixed fleet of that many serving replicas (plus redundant ones), with
 *                        overflow to an API; null: sized, replicas follow the load
 * @param autoscale       rental fleet that follows the load through the day (rent only, not fixed)
 * @param reservation     reserved rental GPUs; null: none
 * @param operatingPoints measured points, strictly increasing in speed per user; empty: the v1
 *                        throughputs in {@code fields} apply
 * @param regions         where it runs; null: on the user's premises when owned, else unknown
 * @param quality         the served model's score on the quality index; NaN: unrated
 * @param refs            catalogue entries its numbers came from (serving profile, GPU offer)
 */
public record Deployment(String id, String name, Fields fields, HostingMode mode, boolean amortize, boolean autoscale,
                         Reservation reservation, Integer fixedReplicas, List<OperatingPoint> operatingPoints,
                         List<String> regions, double quality, Map<CatalogueSlot, CatalogueRef> refs) {
    public static final int MAX_OPERATING_POINTS = 50;
    /** Far above any fleet: the same bound as v1's replica counts. */
    public static final int MAX_FIXED_REPLICAS = 100_000;

    private static final Set<Input> THROUGHPUTS = EnumSet.of(Input.PREFILL_TOKENS_PER_SECOND, Input.DECODE_TOKENS_PER_SECOND);

    public Deployment {
        operatingPoints = operatingPoints == null ? List.of() : List.copyOf(operatingPoints);
        regions = Regions.copy(regions);
        refs = refs == null || refs.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(refs));
        Problems p = new Problems();
        Ids.check(p, "id", id);
        Ids.checkName(p, "name", name);
        if (mode == null) {
            p.add("hosting.mode", "must be rent or own");
        }
        if (fields == null) {
            p.add("", "has no fields");
        } else if (mode != null) {
            checkFields(p, fields, mode, !operatingPoints.isEmpty(), fixedReplicas != null);
        }
        checkOperatingPoints(p, operatingPoints);
        if (fixedReplicas != null) {
            p.whole("fixedReplicas", fixedReplicas, 0, MAX_FIXED_REPLICAS);
        }
        if (autoscale && mode == HostingMode.OWN) {
            p.add("hosting.autoscale", "applies to rented GPUs only (hosting mode is own)");
        }
        if (autoscale && fixedReplicas != null) {
            p.add("hosting.autoscale", "cannot be combined with fixedReplicas: a fixed fleet does not follow the load");
        }
        if (reservation != null && mode == HostingMode.OWN) {
            p.add("hosting.reservation", "applies to rented GPUs only (hosting mode is own)");
        }
        if (regions != null) {
            Regions.check(p, "regions", regions);
        }
        p.number("quality", quality, 0, Workload.MAX_QUALITY, true);
        p.throwIfAny();
    }

    /** The inputs a deployment of this hosting mode has. */
    public static Set<Input> inputs(HostingMode mode) {
        return Fields.inputsOf(Section.OPEN, mode == HostingMode.OWN ? Section.OWN : Section.RENT);
    }

    private static void checkFields(Problems p, Fields fields, HostingMode mode, boolean hasPoints, boolean fixed) {
        Set<Input> optional = EnumSet.noneOf(Input.class);
        boolean anyThroughput = fields.has(Input.PREFILL_TOKENS_PER_SECOND) || fields.has(Input.DECODE_TOKENS_PER_SECOND);
        if (hasPoints) {
            optional.addAll(THROUGHPUTS);
            if (anyThroughput) {
                p.add("operatingPoints", "give either prefillTokensPerSecond and decodeTokensPerSecond, or operatingPoints, not both");
            }
        } else if (!anyThroughput) {
            optional.addAll(THROUGHPUTS);
            p.add("operatingPoints", "a deployment needs either prefillTokensPerSecond and decodeTokensPerSecond, or operatingPoints");
        }
        if (fixed) {
            // a fixed fleet ignores minReplicas
            optional.add(Input.MIN_REPLICAS);
        }
        fields.check(p, inputs(mode), optional);
    }

    private static void checkOperatingPoints(Problems p, List<OperatingPoint> points) {
        if (points.size() > MAX_OPERATING_POINTS) {
            p.add("operatingPoints", "may list at most " + MAX_OPERATING_POINTS + " points (has " + points.size() + ")");
        }
        for (int i = 1; i < points.size(); i++) {
            double prev = points.get(i - 1).outputTokensPerSecondPerUser();
            double u = points.get(i).outputTokensPerSecondPerUser();
            if (!(u > prev)) {
                p.add("operatingPoints[" + i + "].outputTokensPerSecondPerUser",
                        "must be greater than the previous point's (" + Scenario.format(prev)
                                + "): points are listed in increasing speed per user (was "
                                + Scenario.format(u) + ")");
            }
        }
    }

    public boolean isFixed() {
        return fixedReplicas != null;
    }

    public boolean hasOperatingPoints() {
        return !operatingPoints.isEmpty();
    }

    public boolean hasQuality() {
        return !Double.isNaN(quality);
    }

    public double get(Input input) {
        return fields.get(input);
    }

    public int getInt(Input input) {
        return (int) fields.get(input);
    }

    public Optional<CatalogueRef> ref(CatalogueSlot slot) {
        return Optional.ofNullable(refs.get(slot));
    }

    public Deployment withFields(Fields f) {
        return new Deployment(id, name, f, mode, amortize, autoscale, reservation, fixedReplicas, operatingPoints,
                regions, quality, refs);
    }

    /** A copy with another id, name and fleet, as v1's spillover migration makes. */
    public Deployment asFixed(String newId, String newName, int replicas) {
        return new Deployment(newId, newName, fields, mode, amortize, false, reservation, replicas, operatingPoints,
                regions, quality, refs);
    }
}
