package com.tcostudio.io.catalogue;

import com.tcostudio.core.catalogue.MeasuredPoint;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The three result formats on real (trimmed) files, and one refused file per format. */
class BenchmarkImportTest {
    private static final double REL = 1e-9;
    private static final Path DIR = Path.of("src/test/resources/benchmarks");

    private static void near(double expected, double actual) {
        assertEquals(expected, actual, Math.abs(expected) * REL);
    }

    @Test
    void vllmResultBecomesOnePointByTheTimeShareRule() throws Exception {
        List<BenchmarkImport.Run> runs = BenchmarkImport.read(DIR.resolve("vllm-llm-d-l40s-10qps.json"), 1);
        assertEquals(1, runs.size());
        MeasuredPoint p = runs.get(0).point();
        // u = 1000 / 13.577995860227945 ms = 73.648... tokens/s per user
        near(1000 / 13.577995860227945, p.outputTokensPerSecondPerUser());
        // no mean_e2el_ms: E2E = TTFT + TPOT x (81050 / 300 - 1) = 54.5770857833 + 13.5779958602 x 269.1667 = 3709.33 ms
        double e2e = 54.577085783294024 + 13.577995860227945 * (81050.0 / 300 - 1);
        double share = 54.577085783294024 / e2e; // 0.01471...
        // p = I / s with I = 299700 / 36.0342758770 s = 8317.09 tok/s; q = O / (1 - s) with O = 81050 / 36.03 = 2249.25
        near(299700 / 36.034275877000255 / share, p.prefillTokensPerSecond());
        near(81050 / 36.034275877000255 / (1 - share), p.decodeTokensPerSecond());
        near(0.054577085783294024, p.timeToFirstTokenSeconds());
        assertTrue(Double.isNaN(runs.get(0).concurrency()), "max_concurrency was null in the run");
    }

    @Test
    void replicasDivideTheThroughputsButNotTheLatency() throws Exception {
        MeasuredPoint one = BenchmarkImport.read(DIR.resolve("vllm-llm-d-l40s-10qps.json"), 1).get(0).point();
        MeasuredPoint four = BenchmarkImport.read(DIR.resolve("vllm-llm-d-l40s-10qps.json"), 4).get(0).point();
        near(one.decodeTokensPerSecond() / 4, four.decodeTokensPerSecond());
        near(one.prefillTokensPerSecond() / 4, four.prefillTokensPerSecond());
        near(one.outputTokensPerSecondPerUser(), four.outputTokensPerSecondPerUser());
    }

    @Test
    void aFileOfManyRunsGivesACurveIncreasingInSpeedPerUser() throws Exception {
        List<BenchmarkImport.Run> runs = BenchmarkImport.read(DIR.resolve("vllm-llm-d-l40s-three-rates.jsonl"), 4);
        assertEquals(3, runs.size());
        List<MeasuredPoint> points = BenchmarkImport.points(runs);
        assertEquals(3, points.size());
        // the unlimited-rate run is the slowest per user: 1000 / 44.357 ms = 22.5 tok/s
        near(1000 / 44.35695594492121, points.get(0).outputTokensPerSecondPerUser());
        for (int i = 1; i < points.size(); i++) {
            assertTrue(points.get(i).outputTokensPerSecondPerUser() > points.get(i - 1).outputTokensPerSecondPerUser());
        }
    }

    @Test
    void guideLlmReportUsesTheSuccessfulMeans() throws Exception {
        List<BenchmarkImport.Run> runs = BenchmarkImport.read(DIR.resolve("guidellm-benchmarks-stripped.json"), 1);
        assertEquals(1, runs.size());
        MeasuredPoint p = runs.get(0).point();
        // rate 1.54818 req/s x 257.109 prompt tokens = 398.05 in tok/s; x 128 output tokens = 198.17 out tok/s
        double in = 1.5481806532737452 * 257.1086956521739;
        double out = 1.5481806532737452 * 127.99999999999999;
        // s = 16.7925 ms / 644.474 ms = 0.02606
        double share = 16.792535781860348 / (1000 * 0.6444743664368339);
        near(1000 / 4.90300272307966, p.outputTokensPerSecondPerUser());
        near(in / share, p.prefillTokensPerSecond());
        near(out / (1 - share), p.decodeTokensPerSecond());
        near(0.9977627456483604, runs.get(0).concurrency());
    }

    @Test
    void genAiPerfCsvReadsQuotedThousandsAndEstimatesConcurrency() throws Exception {
        BenchmarkImport.Run run = BenchmarkImport.read(DIR.resolve("genai-perf-deepseek-r1-128-128.csv"), 1).get(0);
        // no per-user row in this version: u = 1000 / 11.54 ms = 86.66 tok/s
        near(1000 / 11.54, run.point().outputTokensPerSecondPerUser());
        // Little's law: 0.17 req/s x 5.91916 s = 1.006 requests in flight (the recipe ran concurrency 1)
        near(0.17 * 5.91916, run.concurrency());
        double share = 23.94 / 5919.16;
        near(0.17 * 127.50 / share, run.point().prefillTokensPerSecond());
        near(0.17 * 511.90 / (1 - share), run.point().decodeTokensPerSecond());
        near(0.02394, run.point().timeToFirstTokenSeconds());
    }

    @Test
    void aFileOfEachFormatThatCannotBeReadIsRefusedWithTheReason() {
        String vllm = assertThrows(BenchmarkImport.RefusedException.class,
                () -> BenchmarkImport.read(DIR.resolve("refused-vllm-no-metrics.json"), 1)).getMessage();
        assertTrue(vllm.endsWith("refused-vllm-no-metrics.json: is JSON but neither a vLLM benchmark_serving result "
                + "(mean_ttft_ms, duration) nor a GuideLLM report (benchmarks)"), vllm);
        String guide = assertThrows(BenchmarkImport.RefusedException.class,
                () -> BenchmarkImport.read(DIR.resolve("refused-guidellm-no-latency.json"), 1)).getMessage();
        assertTrue(guide.endsWith("benchmarks[].metrics.prompt_token_count.successful.mean must be a number above 0 (was absent)"), guide);
        String csv = assertThrows(BenchmarkImport.RefusedException.class,
                () -> BenchmarkImport.read(DIR.resolve("refused-genai-perf-no-request-latency.csv"), 1)).getMessage();
        assertTrue(csv.endsWith("the CSV has no positive 'request latency (ms)' row"), csv);
        String other = assertThrows(BenchmarkImport.RefusedException.class,
                () -> BenchmarkImport.read(DIR.resolve("README.md"), 1)).getMessage();
        assertTrue(other.contains("is not a vLLM or GuideLLM JSON result nor a GenAI-Perf/AIPerf CSV"), other);
    }
}
