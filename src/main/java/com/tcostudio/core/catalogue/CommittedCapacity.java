package com.tcostudio.core.catalogue;

/**
 * Provisioned or reserved API throughput bought by the month (METHODOLOGY-V2, "Contracts",
 * committed API capacity): {@code tokensPerMinute} of capacity for {@code feePerMonth} USD.
 */
public record CommittedCapacity(double tokensPerMinute, double feePerMonth) {
    public CommittedCapacity {
        Checks.above("committed.tokensPerMinute", tokensPerMinute, 0);
        Checks.atLeast("committed.feePerMonth", feePerMonth, 0);
    }
}
