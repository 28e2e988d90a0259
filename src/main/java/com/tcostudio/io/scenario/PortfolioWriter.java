package com.tcostudio.io.scenario;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.tcostudio.core.model.CatalogueRef;
import com.tcostudio.core.model.CatalogueSlot;
import com.tcostudio.core.model.Distribution;
import com.tcostudio.core.model.HostingMode;
import com.tcostudio.core.model.Input;
import com.tcostudio.core.model.Section;
import com.tcostudio.core.portfolio.Api;
import com.tcostudio.core.portfolio.Deployment;
import com.tcostudio.core.portfolio.Fields;
import com.tcostudio.core.portfolio.Latency;
import com.tcostudio.core.portfolio.OperatingPoint;
import com.tcostudio.core.portfolio.Plan;
import com.tcostudio.core.portfolio.Portfolio;
import com.tcostudio.core.portfolio.Reservation;
import com.tcostudio.core.portfolio.Route;
import com.tcostudio.core.portfolio.Workload;
import com.tcostudio.io.AtomicFiles;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes portfolios as {@code schemaVersion: 2} files in a fixed field order, with the resolved
 * numbers, the catalogue ids and the as-of dates of their prices (as version 1 does), so that a
 * saved file gives the same result next year. Reading a written file and writing it again gives
 * the same bytes. Optional fields that are absent are left out (except a workload's
 * {@code plateauTokensPerMonth}, written as null as in version 1).
 */
public final class PortfolioWriter {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final DefaultPrettyPrinter PRINTER = new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"));
    private static final Set<Input> OPEN = Fields.inputsOf(Section.OPEN);

    public String toJson(Portfolio p) {
        ObjectNode root = NODES.objectNode();
        root.put("schemaVersion", PortfolioReader.SCHEMA_VERSION);
        root.put("name", p.name());
        root.put("horizonMonths", p.horizonMonths());
        ObjectNode currency = root.putObject("currency");
        currency.put("code", p.currency().code());
        ScenarioWriter.put(currency, "perUsd", p.currency().perUsd());
        inputs(root.putObject("finance"), p.finance(), Portfolio.FINANCE_INPUTS);
        ArrayNode workloads = root.putArray("workloads");
        p.workloads().forEach(w -> workload(workloads.addObject(), w));
        ArrayNode apis = root.putArray("apis");
        p.apis().forEach(a -> api(apis.addObject(), a));
        ArrayNode deployments = root.putArray("deployments");
        p.deployments().forEach(d -> deployment(deployments.addObject(), d));
        ArrayNode plans = root.putArray("plans");
        p.plans().forEach(plan -> plan(plans.addObject(), plan));
        if (!p.uncertainty().isEmpty()) {
            ObjectNode uncertainty = root.putObject("uncertainty");
            for (Map.Entry<String, Distribution> e : p.uncertainty().entrySet()) {
                Distribution d = e.getValue();
                ObjectNode n = uncertainty.putObject(e.getKey());
                n.put("dist", d.kind().label());
                ScenarioWriter.put(n, "low", d.low());
                if (d.kind().hasMode()) {
                    ScenarioWriter.put(n, "mode", d.mode());
                }
                ScenarioWriter.put(n, "high", d.high());
            }
        }
        try {
            return MAPPER.writer(PRINTER).writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Saves atomically: a crash during the save leaves the previous file as it was. */
    public void write(Portfolio p, Path file) throws IOException {
        AtomicFiles.writeString(file, toJson(p));
    }

    private static void workload(ObjectNode n, Workload w) {
        n.put("id", w.id());
        n.put("name", w.name());
        for (Input i : Workload.INPUTS) {
            if (w.fields().has(i)) {
                ScenarioWriter.put(n, i.fieldName(), w.get(i));
            } else if (i == Input.PLATEAU_TOKENS_PER_MONTH) {
                n.putNull(i.fieldName());
            }
        }
        codes(n, "residency", w.residency());
        number(n, "minQuality", w.minQuality());
        Latency l = w.latency();
        if (l.isNeed()) {
            ObjectNode latency = n.putObject("latency");
            number(latency, "minOutputTokensPerSecondPerUser", l.minOutputTokensPerSecondPerUser());
            number(latency, "maxTimeToFirstTokenSeconds", l.maxTimeToFirstTokenSeconds());
        }
    }

    private static void api(ObjectNode n, Api a) {
        n.put("id", a.id());
        n.put("name", a.name());
        ref(n, "apiModel", a.apiModel());
        inputs(n, a.fields(), Api.INPUTS);
        codes(n, "regions", a.regions());
        number(n, "quality", a.quality());
        if (a.migration() != null) {
            ObjectNode m = n.putObject("migration");
            m.put("everyMonths", a.migration().everyMonths());
            ScenarioWriter.put(m, "personMonths", a.migration().personMonths());
            ScenarioWriter.put(m, "oneTimeCost", a.migration().oneTimeCost());
        }
        if (a.committed() != null) {
            ObjectNode c = n.putObject("committed");
            ScenarioWriter.put(c, "tokensPerMinute", a.committed().tokensPerMinute());
            ScenarioWriter.put(c, "feePerMonth", a.committed().feePerMonth());
        }
    }

    private static void deployment(ObjectNode n, Deployment d) {
        n.put("id", d.id());
        n.put("name", d.name());
        ref(n, "servingProfile", d.ref(CatalogueSlot.SERVING_PROFILE).orElse(null));
        for (Input i : OPEN) {
            if (i == Input.ANNUAL_GPU_PRICE_CHANGE) {
                // the fleet and its hosting before the running costs, as in version 1's open section
                fleet(n, d);
            }
            if (d.fields().has(i)) {
                ScenarioWriter.put(n, i.fieldName(), d.get(i));
            }
        }
        codes(n, "regions", d.regions());
        number(n, "quality", d.quality());
    }

    private static void fleet(ObjectNode n, Deployment d) {
        if (d.hasOperatingPoints()) {
            ArrayNode points = n.putArray("operatingPoints");
            for (OperatingPoint op : d.operatingPoints()) {
                ObjectNode o = points.addObject();
                ScenarioWriter.put(o, "outputTokensPerSecondPerUser", op.outputTokensPerSecondPerUser());
                ScenarioWriter.put(o, "prefillTokensPerSecond", op.prefillTokensPerSecond());
                ScenarioWriter.put(o, "decodeTokensPerSecond", op.decodeTokensPerSecond());
                ScenarioWriter.put(o, "timeToFirstTokenSeconds", op.timeToFirstTokenSeconds());
            }
        }
        if (d.isFixed()) {
            n.put("fixedReplicas", d.fixedReplicas());
        }
        ObjectNode hosting = n.putObject("hosting");
        hosting.put("mode", d.mode().label());
        if (d.mode() == HostingMode.OWN) {
            hosting.put("amortize", d.amortize());
        } else if (d.autoscale()) {
            hosting.put("autoscale", true);
        }
        ref(hosting, "gpuOffer", d.ref(CatalogueSlot.GPU_OFFER).orElse(null));
        for (Input i : Deployment.inputs(d.mode())) {
            if (!OPEN.contains(i) && d.fields().has(i)) {
                ScenarioWriter.put(hosting, i.fieldName(), d.get(i));
            }
        }
        Reservation r = d.reservation();
        if (r != null) {
            ObjectNode o = hosting.putObject("reservation");
            o.put("gpus", r.gpus());
            o.put("termMonths", r.termMonths());
            ScenarioWriter.put(o, "gpuHourly", r.gpuHourly());
            ScenarioWriter.put(o, "upfrontShare", r.upfrontShare());
        }
    }

    private static void plan(ObjectNode n, Plan plan) {
        n.put("id", plan.id());
        n.put("name", plan.name());
        ArrayNode routes = n.putArray("routes");
        for (Route r : plan.routes()) {
            ObjectNode o = routes.addObject();
            o.put("workload", r.workload());
            o.put("to", r.to());
            if (r.hasShare()) {
                ScenarioWriter.put(o, "share", r.share());
            }
            if (r.hasOverflow()) {
                o.put("overflow", r.overflow());
            }
        }
    }

    private static void inputs(ObjectNode n, Fields fields, Set<Input> inputs) {
        for (Input i : inputs) {
            if (fields.has(i)) {
                ScenarioWriter.put(n, i.fieldName(), fields.get(i));
            }
        }
    }

    private static void ref(ObjectNode n, String field, CatalogueRef ref) {
        if (ref != null) {
            n.put(field, ref.id());
            if (ref.asOf() != null) {
                n.put(field + "AsOf", ref.asOf().toString());
            }
        }
    }

    private static void codes(ObjectNode n, String field, List<String> codes) {
        if (codes != null) {
            ArrayNode a = n.putArray(field);
            codes.forEach(a::add);
        }
    }

    private static void number(ObjectNode n, String field, double v) {
        if (!Double.isNaN(v)) {
            ScenarioWriter.put(n, field, v);
        }
    }
}
