package com.tcostudio.core.engine;

/**
 * Monthly token volumes at which self-hosting's run-rate is no dearer than the API's.
 *
 * @param first smallest volume at which open is no dearer; NaN when none up to the search limit
 * @param sustained smallest volume from which open is no dearer at every larger volume; NaN when none
 */
public record BreakEvenVolume(double first, double sustained) {
}
