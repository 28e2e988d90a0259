package com.tcostudio.io.catalogue;

import com.tcostudio.core.catalogue.Catalogue;
import com.tcostudio.core.catalogue.GpuType;
import com.tcostudio.core.catalogue.MeasuredPoint;
import com.tcostudio.core.catalogue.ServingProfile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The published operating points shipped with the catalogue (pricing-data/tools/operating_points.py). */
class ShippedOperatingPointsTest {
    /** The script rounds throughputs to 0.1 token/s, speeds to 0.01 and TTFT to 0.1 ms. */
    private static final double ROUNDED_THROUGHPUT = 0.05;
    private static final double ROUNDED_SPEED = 0.005;
    private static final double ROUNDED_TTFT = 0.00005;

    private final Catalogue catalogue = new CatalogueLoader().loadShipped();

    private ServingProfile profile(String id) {
        return catalogue.servingProfiles().stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void theMainProfilesCarryPublishedCurvesWithTheirSource() {
        List<ServingProfile> withPoints = catalogue.servingProfiles().stream()
                .filter(p -> !p.operatingPoints().isEmpty()).toList();
        assertTrue(withPoints.size() >= 8, "profiles with operating points: " + withPoints.size());
        Set<String> models = withPoints.stream().map(ServingProfile::model).collect(Collectors.toSet());
        assertTrue(models.containsAll(Set.of("Llama 3.3 70B Instruct", "DeepSeek-R1-0528")), models.toString());
        Set<GpuType> gpus = withPoints.stream().map(ServingProfile::gpu).collect(Collectors.toSet());
        assertTrue(gpus.containsAll(Set.of(GpuType.H100, GpuType.H200, GpuType.B200)), gpus.toString());
        for (ServingProfile p : withPoints) {
            String source = p.operatingPointsSource().orElseThrow();
            assertTrue(source.contains("NVIDIA NIM") || source.contains("InferenceX"), p.id() + ": " + source);
            assertTrue(p.price().basisNote().contains("import-benchmark rule"), p.id() + ": " + p.price().basisNote());
        }
    }

    @Test
    void theNimSingleUserRunBecomesThePointTheImportRuleGives() {
        // NIM 1.8.0, Llama-3.3-70B, 2 x H100 FP8 TP2, 5000 in / 500 out, concurrency 1:
        // TTFT 406.77 ms, ITL 18.58 ms, 51.67 output tokens/s.
        //   u    = 1000 / 18.58                 = 53.82 tokens/s per user
        //   E2E  = 406.77 + 18.58 x 499         = 9678.19 ms
        //   s    = 406.77 / 9678.19             = 0.0420295
        //   I    = 51.67 x 5000 / 500           = 516.7 tokens/s
        //   p    = 516.7 / 0.0420295            = 12293.7 tokens/s
        //   q    = 51.67 / (1 - 0.0420295)      = 53.937 -> 53.9 tokens/s
        MeasuredPoint single = profile("llama-3.3-70b/h100/nim-fp8-tp2").operatingPoints().stream()
                .max((a, b) -> Double.compare(a.outputTokensPerSecondPerUser(), b.outputTokensPerSecondPerUser()))
                .orElseThrow();
        assertEquals(53.82, single.outputTokensPerSecondPerUser(), ROUNDED_SPEED);
        assertEquals(12293.7, single.prefillTokensPerSecond(), ROUNDED_THROUGHPUT);
        assertEquals(53.9, single.decodeTokensPerSecond(), ROUNDED_THROUGHPUT);
        assertEquals(0.4068, single.timeToFirstTokenSeconds(), ROUNDED_TTFT);
    }

    @Test
    void theScriptAndTheImporterApplyTheSameRule(@TempDir Path dir) throws Exception {
        // the same NIM run written as a vLLM benchmark_serving result: one request of 5000 in / 500 out
        // over 500 / 51.67 = 9.676795 s, no mean_e2el_ms (so E2E = TTFT + TPOT x 499 as for NIM)
        Path run = Files.writeString(dir.resolve("nim-c1.json"), """
                {"duration": 9.676795, "completed": 1, "total_input_tokens": 5000, "total_output_tokens": 500,
                 "mean_ttft_ms": 406.77, "mean_tpot_ms": 18.58, "max_concurrency": 1}
                """);
        MeasuredPoint imported = BenchmarkImport.read(run, 1).get(0).point();
        MeasuredPoint shipped = profile("llama-3.3-70b/h100/nim-fp8-tp2").operatingPoints().get(4);
        assertEquals(shipped.outputTokensPerSecondPerUser(), imported.outputTokensPerSecondPerUser(), ROUNDED_SPEED);
        assertEquals(shipped.prefillTokensPerSecond(), imported.prefillTokensPerSecond(), ROUNDED_THROUGHPUT);
        assertEquals(shipped.decodeTokensPerSecond(), imported.decodeTokensPerSecond(), ROUNDED_THROUGHPUT);
        assertEquals(shipped.timeToFirstTokenSeconds(), imported.timeToFirstTokenSeconds(), ROUNDED_TTFT);
    }

    @Test
    void anInferenceXProfileTakesItsMostLoadedPointAsItsMaximumThroughput() {
        ServingProfile h200 = profile("deepseek-r1-0528/h200/sglang-fp8");
        MeasuredPoint slowest = h200.operatingPoints().get(0);
        assertEquals(slowest.prefillTokensPerSecond(), h200.prefillTokensPerSecond(), 0);
        assertEquals(slowest.decodeTokensPerSecond(), h200.decodeTokensPerSecond(), 0);
        assertEquals(8, h200.gpusPerReplica());
        assertTrue(h200.operatingPointsSource().orElseThrow().contains("actions/runs/"), "names the InferenceX runs");
    }
}
