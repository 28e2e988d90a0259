package com.tcostudio.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.tcostudio.core.catalogue.MeasuredPoint;
import com.tcostudio.core.catalogue.ServingProfile;
import com.tcostudio.io.catalogue.BenchmarkImport;
import com.tcostudio.io.catalogue.CatalogueWriter;
import com.tcostudio.io.json.JsonNumbers;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

@Command(name = "import-benchmark", mixinStandardHelpOptions = true,
        description = "Reads your own load-test results (vLLM benchmark_serving JSON, GuideLLM report JSON, NVIDIA "
                + "GenAI-Perf/AIPerf CSV) into operating points of one serving replica. Says what it read on stderr "
                + "and prints the points (or, with --profile, a serving-profiles catalogue file holding that profile "
                + "with the points) as JSON on stdout. A file it does not understand is refused with the reason.")
final class ImportBenchmarkCommand implements Callable<Integer> {
    /** A sweep beyond this many points is not one curve (METHODOLOGY-V2 allows 50). */
    static final int MAX_POINTS = 50;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Result files: one run per file or many runs in one file.")
    private List<Path> files;

    @Option(names = "--profile", paramLabel = "ID", description = "The catalogue serving profile the runs measured.")
    private String profile;

    @Option(names = "--replicas", paramLabel = "N", defaultValue = "1",
            description = "Replicas behind the endpoint that was measured; throughputs are divided by N (default: 1).")
    private int replicas;

    @Mixin
    private CatalogueOptions catalogueOptions;

    @picocli.CommandLine.Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (replicas < 1 || replicas > 10_000) {
            throw new TcoCli.BadInputException("--replicas " + replicas + ": must be a whole number from 1 to 10000");
        }
        List<BenchmarkImport.Run> runs = new ArrayList<>();
        for (Path file : files) {
            try {
                runs.addAll(BenchmarkImport.read(file, replicas));
            } catch (BenchmarkImport.RefusedException e) {
                throw new TcoCli.BadInputException(e.getMessage());
            }
        }
        List<MeasuredPoint> points = BenchmarkImport.points(runs);
        if (points.size() > MAX_POINTS) {
            throw new TcoCli.BadInputException("the files hold " + points.size() + " distinct points; a curve has at most "
                    + MAX_POINTS + ": import one sweep at a time");
        }
        ServingProfile target = null;
        if (profile != null) {
            target = catalogueOptions.load().servingProfile(profile).orElseThrow(() -> new TcoCli.BadInputException(
                    "--profile " + profile.replaceAll("\\p{Cntrl}", "?") + ": no serving profile of that id in the catalogue"));
        }
        PrintWriter err = spec.commandLine().getErr();
        err.printf(Locale.US, "Read %d run(s) from %d file(s), %d operating point(s) per replica (%d replica(s) measured):%n",
                runs.size(), files.size(), points.size(), replicas);
        for (BenchmarkImport.Run r : runs) {
            err.printf(Locale.US, "  %s (%s): concurrency %s, TTFT %.3f s, %.1f tok/s per user, %.0f in + %.0f out tok/s%n",
                    r.file(), r.format(), Double.isNaN(r.concurrency()) ? "not recorded" : String.format(Locale.US, "%.1f", r.concurrency()),
                    r.ttftSeconds(), r.tokensPerSecondPerUser(), r.inputTokensPerSecond(), r.outputTokensPerSecond());
        }
        err.flush();
        String source = "imported with tco-studio import-benchmark on " + LocalDate.now() + " from " + String.join(", ",
                files.stream().map(p -> p.getFileName().toString()).toList());
        PrintWriter out = spec.commandLine().getOut();
        if (target == null) {
            try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
                g.useDefaultPrettyPrinter();
                g.writeStartArray();
                for (MeasuredPoint p : points) {
                    g.writeStartObject();
                    JsonNumbers.field(g, "outputTokensPerSecondPerUser", p.outputTokensPerSecondPerUser());
                    JsonNumbers.field(g, "prefillTokensPerSecond", p.prefillTokensPerSecond());
                    JsonNumbers.field(g, "decodeTokensPerSecond", p.decodeTokensPerSecond());
                    JsonNumbers.field(g, "timeToFirstTokenSeconds", p.timeToFirstTokenSeconds());
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeRaw('\n');
            }
        } else {
            out.print(new CatalogueWriter().servingProfilesJson(List.of(target.withOperatingPoints(points, source)),
                    "Operating points imported from your benchmark runs (derived: prefill and decode split by the "
                            + "time share before the first token, see docs/catalogue.md)"));
        }
        out.flush();
        return 0;
    }
}
