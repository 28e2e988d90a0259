package com.tcostudio.bench;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The cost of a Monte Carlo sample through the command line, measured as issue 11 asks: wall
 * clock of {@code simulate} on a 60-month scenario with 20,000 and with 120,000 samples, each in a
 * fresh JVM, and (t(120,000) - t(20,000)) / 100,000. Pairs are alternated so that a change of load
 * hits both sizes alike; the best pair is the least disturbed.
 * {@code java -cp target/tco-studio.jar:target/test-classes com.tcostudio.bench.SimulateCliTiming [pairs]}
 * (the jar must have been built: {@code mvn package -DskipTests}).
 */
public final class SimulateCliTiming {
    private static final int SMALL = 20_000;
    private static final int LARGE = 120_000;

    private SimulateCliTiming() {
    }

    public static void main(String[] args) throws Exception {
        int pairs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        Path scenario = Files.createTempFile("sixty-months", ".json");
        try (InputStream in = SimulateCliTiming.class.getResourceAsStream("/golden/rent-share-uncertain.scenario.json")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            Files.writeString(scenario, text.replace("\"horizonMonths\": 36", "\"horizonMonths\": 60"));
        }
        double best = Double.POSITIVE_INFINITY;
        for (int p = 1; p <= pairs; p++) {
            double small = seconds(scenario, SMALL);
            double large = seconds(scenario, LARGE);
            double perSample = (large - small) / (LARGE - SMALL) * 1e6;
            best = Math.min(best, perSample);
            System.out.printf("pair %d: %,d samples %.2f s, %,d samples %.2f s: %.1f us a sample%n", p, SMALL, small,
                    LARGE, large, perSample);
        }
        System.out.printf("best: %.1f us a sample%n", best);
        Files.delete(scenario);
    }

    private static double seconds(Path scenario, int samples) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-jar", "target/tco-studio.jar", "simulate", scenario.toString(),
                "--samples", String.valueOf(samples)).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.INHERIT);
        long t0 = System.nanoTime();
        int code = pb.start().waitFor();
        if (code != 0) {
            throw new IllegalStateException("simulate exited with " + code);
        }
        return (System.nanoTime() - t0) / 1e9;
    }
}
