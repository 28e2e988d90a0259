package com.tcostudio.io.scenario;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.tcostudio.core.model.CatalogueSlot;
import com.tcostudio.core.model.Distribution;
import com.tcostudio.core.model.HostingMode;
import com.tcostudio.core.model.Input;
import com.tcostudio.core.model.Scenario;
import com.tcostudio.core.model.Section;
import com.tcostudio.io.AtomicFiles;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;

/**
 * Writes scenario files in a fixed field order with the resolved numbers, the catalogue ids and
 * the as-of dates of their prices, so that a saved scenario gives the same result next year
 * whatever the catalogue says by then. Reading a written file and writing it again gives the same
 * bytes.
 */
public final class ScenarioWriter {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** Integral values up to this size are written without a fraction or exponent. */
    private static final double LARGEST_PLAIN_INTEGER = 1e15;

    public String toJson(Scenario s) {
        ObjectNode root = NODES.objectNode();
        root.put("schemaVersion", ScenarioReader.SCHEMA_VERSION);
        root.put("name", s.name());
        put(root, "horizonMonths", s.get(Input.HORIZON_MONTHS));
        ObjectNode currency = root.putObject("currency");
        currency.put("code", s.currency().code());
        put(currency, "perUsd", s.currency().perUsd());
        ObjectNode finance = root.putObject("finance");
        ObjectNode workload = root.putObject("workload");
        ObjectNode closed = root.putObject("closed");
        ObjectNode open = root.putObject("open");
        ObjectNode hosting = NODES.objectNode();
        ref(s, CatalogueSlot.API_MODEL, closed);
        ref(s, CatalogueSlot.SERVING_PROFILE, open);
        hosting.put("mode", s.hostingMode().label());
        if (s.hostingMode() == HostingMode.OWN) {
            hosting.put("amortize", s.amortize());
        }
        ref(s, CatalogueSlot.GPU_OFFER, hosting);
        ObjectNode hybrid = null;
        if (s.hasHybrid()) {
            hybrid = NODES.objectNode();
            hybrid.put("policy", s.hybridPolicy().label());
        }
        for (Input input : Input.values()) {
            if (!input.appliesTo(s.hostingMode(), s.hybridPolicy()) || input == Input.HORIZON_MONTHS) {
                continue;
            }
            ObjectNode target = target(input.section(), finance, workload, closed, open, hosting, hybrid);
            if (input == Input.ANNUAL_GPU_PRICE_CHANGE) {
                // hosting sits before the GPU price change, as in the methodology's example
                open.set("hosting", hosting);
            }
            double v = s.get(input);
            if (Double.isNaN(v)) {
                if (input == Input.PLATEAU_TOKENS_PER_MONTH) {
                    target.putNull(input.fieldName());
                }
                continue;
            }
            put(target, input.fieldName(), v);
        }
        if (hybrid != null) {
            root.set("hybrid", hybrid);
        }
        if (!s.uncertainty().isEmpty()) {
            ObjectNode uncertainty = root.putObject("uncertainty");
            for (Map.Entry<Input, Distribution> e : s.uncertainty().entrySet()) {
                Distribution d = e.getValue();
                ObjectNode n = uncertainty.putObject(e.getKey().path());
                n.put("dist", d.kind().label());
                put(n, "low", d.low());
                if (d.kind().hasMode()) {
                    put(n, "mode", d.mode());
                }
                put(n, "high", d.high());
            }
        }
        try {
            DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                    .withObjectIndenter(new DefaultIndenter("  ", "\n"));
            return MAPPER.writer(printer).writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Saves atomically: a crash during the save leaves the previous file as it was. */
    public void write(Scenario s, Path file) throws IOException {
        AtomicFiles.writeString(file, toJson(s));
    }

    private static ObjectNode target(Section section, ObjectNode finance, ObjectNode workload, ObjectNode closed,
                                     ObjectNode open, ObjectNode hosting, ObjectNode hybrid) {
        switch (section) {
            case FINANCE:
                return finance;
            case WORKLOAD:
                return workload;
            case CLOSED:
                return closed;
            case OPEN:
                return open;
            case RENT:
            case OWN:
                return hosting;
            case HYBRID_SHARE:
            case HYBRID_SPILLOVER:
                return hybrid;
            default:
                throw new IllegalArgumentException("no object for section " + section);
        }
    }

    private static void ref(Scenario s, CatalogueSlot slot, ObjectNode target) {
        s.catalogueRef(slot).ifPresent(ref -> {
            target.put(fieldName(slot.path()), ref.id());
            if (ref.asOf() != null) {
                target.put(fieldName(slot.asOfPath()), ref.asOf().toString());
            }
        });
    }

    private static String fieldName(String path) {
        return path.substring(path.lastIndexOf('.') + 1);
    }

    static void put(ObjectNode target, String field, double v) {
        if (v == Math.rint(v) && Math.abs(v) < LARGEST_PLAIN_INTEGER) {
            target.put(field, (long) v);
        } else {
            target.put(field, v);
        }
    }
}
