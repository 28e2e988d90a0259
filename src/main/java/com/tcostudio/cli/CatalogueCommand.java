package com.tcostudio.cli;

import com.tcostudio.core.catalogue.ApiModel;
import com.tcostudio.core.catalogue.Catalogue;
import com.tcostudio.core.catalogue.CatalogueProblem;
import com.tcostudio.core.catalogue.GpuOffer;
import com.tcostudio.core.catalogue.PriceSource;
import com.tcostudio.core.catalogue.ServingProfile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Callable;

@Command(name = "catalogue", mixinStandardHelpOptions = true,
        description = "Lists the price catalogue (shipped prices plus your imports) with the age, basis (quoted, derived or "
                + "estimated, with the rule) and quality score of every entry. "
                + "Prices older than 6 months are flagged with '!'. Problems met while loading go to stderr.")
final class CatalogueCommand implements Callable<Integer> {
    enum Kind { api, gpu, serving, all }

    @Option(names = "--kind", defaultValue = "all", description = "Which list: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    private Kind kind;

    @Option(names = "--stale", description = "Only prices older than 6 months.")
    private boolean staleOnly;

    @Mixin
    private CatalogueOptions catalogueOptions;

    @picocli.CommandLine.Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws TcoCli.BadInputException {
        Catalogue c = catalogueOptions.load();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        LocalDate today = LocalDate.now();
        out.printf(Locale.US, "Catalogue: %d API models, %d GPU offers, %d serving profiles; prices as of %s to %s%n",
                c.apiModels().size(), c.gpuOffers().size(), c.servingProfiles().size(),
                c.oldestAsOf().map(Object::toString).orElse("-"), c.newestAsOf().map(Object::toString).orElse("-"));
        if (kind == Kind.api || kind == Kind.all) {
            out.printf("%nAPI models (USD per million tokens: input / output / cached input; batch discount)%n");
            out.printf("%-44s %-10s %8s %8s %8s %6s %7s %-9s %10s %6s  %s%n", "id", "provider", "input", "output", "cached",
                    "batch", "quality", "basis", "as of", "age", "source");
            for (ApiModel m : c.apiModels()) {
                if (show(m.price(), today)) {
                    out.printf(Locale.US, "%-44s %-10s %8s %8s %8s %5.0f%% %7s %-9s %10s %6s  %s%s%n", m.id(), cut(m.provider(), 10),
                            m.priceOnRequest() ? "request" : String.format(Locale.US, "%.3f", m.inputPerMTok()),
                            m.priceOnRequest() ? "request" : String.format(Locale.US, "%.3f", m.outputPerMTok()),
                            m.cachedInputPerMTok().isPresent() ? String.format(Locale.US, "%.3f", m.cachedInputPerMTok().getAsDouble()) : "-",
                            m.batchDiscount() * 100, m.quality().isPresent() ? String.format(Locale.US, "%.0f", m.quality().getAsDouble()) : "-",
                            m.basis().label(), m.price().asOf(), age(m.price(), today), m.price().source(), rule(m.price()));
                }
            }
        }
        if (kind == Kind.gpu || kind == Kind.all) {
            out.printf("%nGPU offers (USD per GPU-hour, or per GPU bought)%n");
            out.printf("%-34s %-10s %-7s %-12s %10s %-9s %10s %6s  %s%n", "id", "provider", "gpu", "pricing", "price", "basis",
                    "as of", "age", "source");
            for (GpuOffer g : c.gpuOffers()) {
                if (show(g.price(), today)) {
                    String price = g.isPurchase() ? String.format(Locale.US, "%,.0f", g.capexPerGpu().getAsDouble())
                            : String.format(Locale.US, "%.2f/h", g.hourlyPerGpu().getAsDouble());
                    out.printf(Locale.US, "%-34s %-10s %-7s %-12s %10s %-9s %10s %6s  %s%s%n", g.id(), cut(g.provider(), 10),
                            g.gpu(), g.pricing().label(), price, g.basis().label(), g.price().asOf(), age(g.price(), today),
                            g.price().source(), rule(g.price()));
                }
            }
        }
        if (kind == Kind.serving || kind == Kind.all) {
            out.printf("%nServing profiles (per replica: GPUs, prefill and decode tokens/s)%n");
            out.printf("%-40s %-7s %4s %9s %8s %6s %7s %-22s %-9s %10s %6s%n", "id", "gpu", "gpus", "prefill", "decode",
                    "points", "quality", "licence", "basis", "as of", "age");
            for (ServingProfile p : c.servingProfiles()) {
                if (show(p.price(), today)) {
                    out.printf(Locale.US, "%-40s %-7s %4d %9.0f %8.0f %6d %7s %-22s %-9s %10s %6s%s%n", p.id(), p.gpu(),
                            p.gpusPerReplica(), p.prefillTokensPerSecond(), p.decodeTokensPerSecond(), p.operatingPoints().size(),
                            p.quality().isPresent() ? String.format(Locale.US, "%.0f", p.quality().getAsDouble()) : "-",
                            cut(p.licence(), 22), p.basis().label(), p.price().asOf(), age(p.price(), today), rule(p.price()));
                }
            }
        }
        for (CatalogueProblem p : c.problems()) {
            err.println(p);
        }
        out.flush();
        err.flush();
        return 0;
    }

    private boolean show(PriceSource price, LocalDate today) {
        return !staleOnly || Catalogue.isStale(price.asOf(), today);
    }

    private static String age(PriceSource price, LocalDate today) {
        long months = Catalogue.ageInMonths(price.asOf(), today);
        return (Catalogue.isStale(price.asOf(), today) ? "!" : "") + months + "mo";
    }

    /** The rule of a derived or estimated figure, after the source, so that nobody mistakes it for a quote. */
    private static String rule(PriceSource price) {
        return price.isQuoted() || price.basisNote().isBlank() ? "" : "  [" + price.basis().label() + ": " + price.basisNote() + "]";
    }

    private static String cut(String s, int n) {
        return s.length() <= n ? s : s.substring(0, n - 1) + "~";
    }
}
