package com.tcostudio.io.catalogue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.tcostudio.core.catalogue.MeasuredPoint;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the result files of the load generators teams run on their own GPUs into operating points
 * of one serving replica: vLLM {@code benchmark_serving} result JSON (one object, or one per line
 * with {@code --append-result}), GuideLLM report JSON ({@code benchmarks[].metrics}), and NVIDIA
 * GenAI-Perf / AIPerf {@code profile_export_*.csv}.
 *
 * <h2>Conversion (one run)</h2>
 * With I and O the input and output tokens per second of the run, TTFT its mean time to first
 * token and E2E its mean request latency:
 * <pre>
 *   u = 1000 / mean time per output token (ms)      (GenAI-Perf/AIPerf: their per-user column)
 *   s = TTFT / E2E                                  share of a request's time spent before its first token
 *   p = I / s,  q = O / (1 - s)                     so that I/p + O/q = 1: the replica is fully busy
 *   f = TTFT in seconds
 * </pre>
 * and each is divided by the number of replicas behind the endpoint. The split by time share is an
 * approximation (queueing inflates TTFT, so p is conservative under overload); the points are
 * derived figures and the imported profile says so.
 */
public final class BenchmarkImport {
    /** A file that cannot be read as any of the three formats, with the reason. */
    public static final class RefusedException extends Exception {
        private static final long serialVersionUID = 1L;

        RefusedException(String message) {
            super(message);
        }
    }

    /** One run as read: what the command tells the user, and the point it becomes. */
    public record Run(String file, String format, double concurrency, double ttftSeconds, double tokensPerSecondPerUser,
                      double inputTokensPerSecond, double outputTokensPerSecond, MeasuredPoint point) {
    }

    /** A larger file is no benchmark result: refused before it is read. */
    static final long MAX_BYTES = 32L * 1024 * 1024;

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private BenchmarkImport() {
    }

    /** The runs of one file, in file order. */
    public static List<Run> read(Path file, int replicas) throws RefusedException {
        String name = file.toString();
        String text;
        try {
            if (!Files.isRegularFile(file)) {
                throw new RefusedException(name + ": is not a regular file");
            }
            if (Files.size(file) > MAX_BYTES) {
                throw new RefusedException(name + ": is larger than " + MAX_BYTES / (1024 * 1024) + " MB, not a benchmark result");
            }
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new RefusedException(name + ": cannot be read (" + e.getMessage() + ")");
        }
        String trimmed = text.strip();
        List<Run> runs = new ArrayList<>();
        if (trimmed.startsWith("{")) {
            List<JsonNode> docs = new ArrayList<>();
            try {
                for (String line : trimmed.startsWith("{\n") || !trimmed.contains("}\n{") ? List.of(trimmed) : trimmed.lines().toList()) {
                    if (!line.isBlank()) {
                        docs.add(MAPPER.readTree(line));
                    }
                }
            } catch (JsonProcessingException e) {
                throw new RefusedException(name + ": is not valid JSON at line " + e.getLocation().getLineNr());
            }
            for (JsonNode doc : docs) {
                if (doc.has("benchmarks") && doc.get("benchmarks").isArray()) {
                    for (JsonNode b : doc.get("benchmarks")) {
                        runs.add(guideLlm(name, b, replicas));
                    }
                } else if (doc.has("mean_ttft_ms") && doc.has("duration")) {
                    runs.add(vllm(name, doc, replicas));
                } else {
                    throw new RefusedException(name + ": is JSON but neither a vLLM benchmark_serving result (mean_ttft_ms, "
                            + "duration) nor a GuideLLM report (benchmarks)");
                }
            }
        } else if (trimmed.startsWith("Metric,")) {
            runs.add(genAiPerf(name, trimmed, replicas));
        } else {
            throw new RefusedException(name + ": is not a vLLM or GuideLLM JSON result nor a GenAI-Perf/AIPerf CSV "
                    + "(which starts with a Metric,... header)");
        }
        if (runs.isEmpty()) {
            throw new RefusedException(name + ": holds no benchmark run");
        }
        return runs;
    }

    /** Operating points of all runs, ordered by tokens per second per user; a repeated speed keeps the faster replica. */
    public static List<MeasuredPoint> points(List<Run> runs) {
        Map<Double, MeasuredPoint> byU = new LinkedHashMap<>();
        runs.stream().map(Run::point).sorted(Comparator.comparingDouble(MeasuredPoint::outputTokensPerSecondPerUser))
                .forEach(p -> byU.merge(p.outputTokensPerSecondPerUser(), p,
                        (a, b) -> a.decodeTokensPerSecond() >= b.decodeTokensPerSecond() ? a : b));
        return List.copyOf(byU.values());
    }

    private static Run vllm(String file, JsonNode d, int replicas) throws RefusedException {
        double duration = positive(file, d, "duration");
        double completed = positive(file, d, "completed");
        double in = positive(file, d, "total_input_tokens") / duration;
        double out = positive(file, d, "total_output_tokens") / duration;
        double ttftMs = positive(file, d, "mean_ttft_ms");
        double tpotMs = positive(file, d, "mean_tpot_ms");
        double e2eMs = d.has("mean_e2el_ms") ? positive(file, d, "mean_e2el_ms")
                : ttftMs + tpotMs * Math.max(0, d.get("total_output_tokens").asDouble() / completed - 1);
        JsonNode c = d.get("max_concurrency");
        double concurrency = c != null && c.isNumber() ? c.asDouble() : Double.NaN;
        return run(file, "vLLM benchmark_serving", concurrency, ttftMs, e2eMs, 1000 / tpotMs, in, out, replicas);
    }

    private static Run guideLlm(String file, JsonNode b, int replicas) throws RefusedException {
        JsonNode m = b.path("metrics");
        double rate = mean(file, m, "requests_per_second");
        double in = rate * mean(file, m, "prompt_token_count");
        double out = rate * mean(file, m, "output_token_count");
        double ttftMs = mean(file, m, "time_to_first_token_ms");
        double tpotMs = mean(file, m, "time_per_output_token_ms");
        double e2eMs = 1000 * mean(file, m, "request_latency");
        double concurrency = m.path("request_concurrency").path("successful").path("mean").asDouble(Double.NaN);
        return run(file, "GuideLLM", concurrency, ttftMs, e2eMs, 1000 / tpotMs, in, out, replicas);
    }

    private static Run genAiPerf(String file, String csv, int replicas) throws RefusedException {
        Map<String, Double> first = new LinkedHashMap<>();
        for (String line : csv.lines().toList()) {
            List<String> cells = cells(line);
            if (cells.size() >= 2 && !cells.get(0).equals("Metric")) {
                try {
                    first.putIfAbsent(cells.get(0).toLowerCase(Locale.ROOT), Double.parseDouble(cells.get(1).replace(",", "")));
                } catch (NumberFormatException e) {
                    // telemetry rows name a GPU in the second column: not a metric of the run
                }
            }
        }
        double ttftMs = metric(file, first, "time to first token (ms)");
        double e2eMs = metric(file, first, "request latency (ms)");
        double rps = first.containsKey("request throughput (per sec)") ? first.get("request throughput (per sec)")
                : metric(file, first, "request throughput (requests/sec)");
        double isl = first.containsKey("input sequence length (tokens)") ? first.get("input sequence length (tokens)")
                : metric(file, first, "input sequence length");
        double osl = first.containsKey("output sequence length (tokens)") ? first.get("output sequence length (tokens)")
                : metric(file, first, "output sequence length");
        double perUser = first.containsKey("output token throughput per user (tokens/sec/user)")
                ? first.get("output token throughput per user (tokens/sec/user)")
                : 1000 / metric(file, first, "inter token latency (ms)");
        // the CSV does not record the concurrency: Little's law gives the mean requests in flight
        double concurrency = rps * e2eMs / 1000;
        return run(file, "GenAI-Perf/AIPerf CSV", concurrency, ttftMs, e2eMs, perUser, rps * isl, rps * osl, replicas);
    }

    private static Run run(String file, String format, double concurrency, double ttftMs, double e2eMs, double perUser,
                           double in, double out, int replicas) throws RefusedException {
        if (!(e2eMs > ttftMs)) {
            throw new RefusedException(file + ": request latency (" + e2eMs + " ms) is not above the time to first token ("
                    + ttftMs + " ms), so prefill and decode cannot be told apart");
        }
        double share = ttftMs / e2eMs;
        MeasuredPoint p = new MeasuredPoint(perUser, in / share / replicas, out / (1 - share) / replicas, ttftMs / 1000);
        return new Run(file, format, concurrency, ttftMs / 1000, perUser, in, out, p);
    }

    private static double positive(String file, JsonNode d, String field) throws RefusedException {
        JsonNode n = d.get(field);
        if (n == null || !n.isNumber() || !(n.asDouble() > 0) || !Double.isFinite(n.asDouble())) {
            throw new RefusedException(file + ": " + field + " must be a number above 0 (was " + SchemaViolations.describe(n) + ")");
        }
        return n.asDouble();
    }

    private static double mean(String file, JsonNode metrics, String metric) throws RefusedException {
        JsonNode n = metrics.path(metric).path("successful").path("mean");
        if (!n.isNumber() || !(n.asDouble() > 0)) {
            throw new RefusedException(file + ": benchmarks[].metrics." + metric + ".successful.mean must be a number above 0 (was "
                    + SchemaViolations.describe(n) + ")");
        }
        return n.asDouble();
    }

    private static double metric(String file, Map<String, Double> rows, String row) throws RefusedException {
        Double v = rows.get(row);
        if (v == null || !(v > 0)) {
            throw new RefusedException(file + ": the CSV has no positive '" + row + "' row");
        }
        return v;
    }

    /** CSV cells, with GenAI-Perf's quoted thousands ("5,919.16") kept whole. */
    private static List<String> cells(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (char ch : line.toCharArray()) {
            if (ch == '"') {
                quoted = !quoted;
            } else if (ch == ',' && !quoted) {
                cells.add(cell.toString().trim());
                cell.setLength(0);
            } else {
                cell.append(ch);
            }
        }
        cells.add(cell.toString().trim());
        return cells;
    }
}
