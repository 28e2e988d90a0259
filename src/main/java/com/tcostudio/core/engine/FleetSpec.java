package com.tcostudio.core.engine;

import com.tcostudio.core.model.HostingMode;
import com.tcostudio.core.model.Input;

/**
 * The numbers of one self-hosted fleet as the fleet formulas read them: v1's open and hosting
 * inputs, the throughput it is costed at, and version 2's fleet terms (fixed fleet, autoscaling,
 * reserved GPUs). Mutable and reused: v1's workspace and v2's evaluator refill it for each
 * evaluation, so the monthly loops read fields, not maps.
 */
final class FleetSpec {
    HostingMode mode = HostingMode.RENT;
    boolean amortize;
    int gpusPerReplica, minReplicas, redundant, upgradeEvery;
    double prefill, decode, targetUtilization, baseFte, ftePerGpu;
    double setupPersonMonths, setupOneTimeCost, upgradePersonMonths, toolingPerMonth, otherPerMonth;
    double gpuHourly, capexPerGpu, residualShare, maintenancePerYear, powerWatts, pue, energyPerKwh,
            colocationPerGpuMonth;
    int depreciationMonths = 1;
    /** Serving replicas of a fixed fleet; -1 for a fleet sized by its load. */
    int fixedServing = -1;
    /** Rental fleet following the load through the day: fractional replicas on the average load. */
    boolean autoscale;
    /** Reserved GPUs; 0 for none. */
    int reservedGpus;
    int reservedTermMonths = 1;
    double reservedGpuHourly, reservedUpfrontShare;

    /** Reads v1's open and hosting inputs (values indexed by {@link Input#ordinal()}); throughputs too. */
    void read(double[] v, HostingMode hosting, boolean amortizeView) {
        mode = hosting;
        amortize = amortizeView;
        gpusPerReplica = (int) v[Input.GPUS_PER_REPLICA.ordinal()];
        prefill = v[Input.PREFILL_TOKENS_PER_SECOND.ordinal()];
        decode = v[Input.DECODE_TOKENS_PER_SECOND.ordinal()];
        targetUtilization = v[Input.TARGET_UTILIZATION.ordinal()];
        double min = v[Input.MIN_REPLICAS.ordinal()];
        // a fixed fleet of version 2 may leave minReplicas out: it does not apply there
        minReplicas = Double.isNaN(min) ? 0 : (int) min;
        redundant = (int) v[Input.REDUNDANT_REPLICAS.ordinal()];
        baseFte = v[Input.BASE_FTE.ordinal()];
        ftePerGpu = v[Input.FTE_PER_GPU.ordinal()];
        setupPersonMonths = v[Input.SETUP_PERSON_MONTHS.ordinal()];
        setupOneTimeCost = v[Input.SETUP_ONE_TIME_COST.ordinal()];
        upgradeEvery = (int) v[Input.UPGRADE_EVERY_MONTHS.ordinal()];
        upgradePersonMonths = v[Input.UPGRADE_PERSON_MONTHS.ordinal()];
        toolingPerMonth = v[Input.TOOLING_PER_MONTH.ordinal()];
        otherPerMonth = v[Input.OTHER_PER_MONTH.ordinal()];
        boolean own = mode == HostingMode.OWN;
        gpuHourly = own ? 0 : v[Input.GPU_HOURLY.ordinal()];
        capexPerGpu = own ? v[Input.CAPEX_PER_GPU.ordinal()] : 0;
        depreciationMonths = own ? (int) v[Input.DEPRECIATION_MONTHS.ordinal()] : 1;
        residualShare = own ? v[Input.RESIDUAL_SHARE.ordinal()] : 0;
        maintenancePerYear = own ? v[Input.MAINTENANCE_PER_YEAR.ordinal()] : 0;
        powerWatts = own ? v[Input.POWER_WATTS_PER_GPU.ordinal()] : 0;
        pue = own ? v[Input.PUE.ordinal()] : 1;
        energyPerKwh = own ? v[Input.ENERGY_PER_KWH.ordinal()] : 0;
        colocationPerGpuMonth = own ? v[Input.COLOCATION_PER_GPU_MONTH.ordinal()] : 0;
    }

    boolean own() {
        return mode == HostingMode.OWN;
    }

    boolean reserved() {
        return reservedGpus > 0;
    }
}
