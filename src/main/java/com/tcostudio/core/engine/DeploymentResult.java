package com.tcostudio.core.engine;

/**
 * One deployment's fleet in one plan, month by month (index 0 is month 1). Arrays are owned by
 * this result and handed out without copying: callers must not change them.
 */
public record DeploymentResult(String deploymentId, double[] replicas, double[] gpus, double[] utilization,
                               double[] idleCapacity, UsedOperatingPoint operatingPoint) {
}
