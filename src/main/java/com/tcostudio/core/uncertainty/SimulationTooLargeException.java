package com.tcostudio.core.uncertainty;

/**
 * A Monte Carlo run refused before it starts because its samples cannot fit in the memory this
 * Java has. The message says so in words, with how many samples would fit, for the user to read
 * as it is: the command line prints it as a bad input, the app shows it where the result would be.
 */
public final class SimulationTooLargeException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    SimulationTooLargeException(String message) {
        super(message);
    }
}
