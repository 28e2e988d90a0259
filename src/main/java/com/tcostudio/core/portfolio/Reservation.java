package com.tcostudio.core.portfolio;

/**
 * Reserved rental GPUs: {@code gpus} GPUs paid whether used or not, in terms of
 * {@code termMonths} from month 1, at {@code gpuHourly} locked at each term's start, with
 * {@code upfrontShare} of a term's price paid in its first month.
 */
public record Reservation(int gpus, int termMonths, double gpuHourly, double upfrontShare) {
    public static final int MAX_GPUS = 1_000_000;
    public static final int MAX_TERM_MONTHS = 120;
    public static final double MAX_GPU_HOURLY = 1_000;

    public Reservation {
        Problems p = new Problems();
        p.whole("gpus", gpus, 1, MAX_GPUS);
        p.whole("termMonths", termMonths, 1, MAX_TERM_MONTHS);
        p.number("gpuHourly", gpuHourly, 0, MAX_GPU_HOURLY, false);
        p.number("upfrontShare", upfrontShare, 0, 1, false);
        p.throwIfAny();
    }
}
