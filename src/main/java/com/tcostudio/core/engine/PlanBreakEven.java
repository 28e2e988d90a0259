package com.tcostudio.core.engine;

/**
 * The break-even between two plans: {@code a} is the later plan in file order, {@code b} the
 * earlier; {@code breakEven} says when A becomes no dearer than B (v1's rule), {@code scale} at
 * what multiple of today's volumes.
 */
public record PlanBreakEven(String a, String b, BreakEven breakEven, Scale scale) {
}
