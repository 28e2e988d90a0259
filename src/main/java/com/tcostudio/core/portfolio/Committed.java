package com.tcostudio.core.portfolio;

/**
 * Committed API capacity (provisioned or reserved throughput): a monthly fee that covers up to
 * {@code tokensPerMinute} at the API's peak; tokens above it are billed per token.
 */
public record Committed(double tokensPerMinute, double feePerMonth) {
    public static final double MAX_TOKENS_PER_MINUTE = 1e12;
    public static final double MAX_FEE_PER_MONTH = 1e12;

    public Committed {
        Problems p = new Problems();
        p.above("tokensPerMinute", tokensPerMinute, 0, MAX_TOKENS_PER_MINUTE);
        p.number("feePerMonth", feePerMonth, 0, MAX_FEE_PER_MONTH, false);
        p.throwIfAny();
    }
}
