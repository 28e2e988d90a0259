package com.tcostudio.core.engine;

/**
 * A rule a plan's route breaks (or, as a warning, could not check): which workload, which target,
 * which rule, and the reason in words ("Support chat must stay in AE; Claude Sonnet processes in US").
 *
 * @param rule {@code residency}, {@code quality}, {@code latency} or, for warnings, {@code latency-unchecked}
 */
public record Violation(String workload, String target, String rule, String message) {
    public static final String RESIDENCY = "residency";
    public static final String QUALITY = "quality";
    public static final String LATENCY = "latency";
    public static final String LATENCY_UNCHECKED = "latency-unchecked";
}
