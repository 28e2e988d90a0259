package com.tcostudio.core.portfolio;

import com.tcostudio.core.model.Input;
import com.tcostudio.core.model.Section;

import java.util.List;
import java.util.Set;

/**
 * One use case: v1's workload fields ({@code workload.*} inputs) plus where its data may be
 * processed, the least quality it accepts and its latency need.
 *
 * @param residency  region codes where the data may be processed; null: anywhere
 * @param minQuality least quality score on the catalogue's quality index; NaN: any
 * @param latency    latency need; {@link Latency#NONE} when none
 */
public record Workload(String id, String name, Fields fields, List<String> residency, double minQuality, Latency latency) {
    /** The inputs a workload has: v1's {@code workload.*}. */
    public static final Set<Input> INPUTS = Fields.inputsOf(Section.WORKLOAD);
    /** Generous bound on the quality scale (indices in use run to about 100, or to about 1,500 for arena ratings). */
    public static final double MAX_QUALITY = 10_000;

    public Workload {
        residency = Regions.copy(residency);
        if (latency == null) {
            latency = Latency.NONE;
        }
        Problems p = new Problems();
        Ids.check(p, "id", id);
        Ids.checkName(p, "name", name);
        if (fields == null) {
            p.add("", "has no fields");
        } else {
            fields.check(p, INPUTS, Set.of());
        }
        if (residency != null) {
            Regions.check(p, "residency", residency);
        }
        p.number("minQuality", minQuality, 0, MAX_QUALITY, true);
        p.throwIfAny();
    }

    public boolean hasResidency() {
        return residency != null;
    }

    public boolean hasMinQuality() {
        return !Double.isNaN(minQuality);
    }

    public double get(Input input) {
        return fields.get(input);
    }

    public Workload withFields(Fields f) {
        return new Workload(id, name, f, residency, minQuality, latency);
    }
}
