package com.tcostudio.io.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.tcostudio.core.engine.Category;
import com.tcostudio.core.engine.DeploymentResult;
import com.tcostudio.core.engine.PlanBreakEven;
import com.tcostudio.core.engine.PlanResult;
import com.tcostudio.core.engine.PortfolioEvaluation;
import com.tcostudio.core.engine.UsedOperatingPoint;
import com.tcostudio.core.engine.Violation;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;

/**
 * The {@code evaluate} output for version 2 (METHODOLOGY-V2.md), keys in the contract's order:
 * plans in the file's order, every category, the used deployments with their operating point,
 * what each workload costs, feasibility with violations and warnings, and the break-even of every
 * pair of plans. Plain JSON doubles, not rounded; null for NaN (a cost per MTok without tokens, a
 * break-even or scale that does not exist, the speed per user of a deployment with v1 throughputs).
 */
public final class PortfolioJson {
    private static final JsonFactory FACTORY = new JsonFactory();

    private PortfolioJson() {
    }

    public static String toJson(PortfolioEvaluation e) {
        StringWriter w = new StringWriter();
        write(e, w);
        return w.toString();
    }

    public static void write(PortfolioEvaluation e, Writer out) {
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeNumberField("schemaVersion", 2);
            g.writeStringField("scenario", e.portfolio().name());
            g.writeStringField("currency", e.portfolio().currency().code());
            g.writeArrayFieldStart("months");
            for (int m = 1; m <= e.months(); m++) {
                g.writeNumber(m);
            }
            g.writeEndArray();
            g.writeObjectFieldStart("plans");
            for (PlanResult p : e.plans()) {
                g.writeFieldName(p.planId());
                plan(g, p);
            }
            g.writeEndObject();
            g.writeArrayFieldStart("breakEven");
            for (PlanBreakEven b : e.breakEvens()) {
                g.writeStartObject();
                g.writeStringField("a", b.a());
                g.writeStringField("b", b.b());
                EvaluationJson.breakEvenFields(g, b.breakEven());
                g.writeObjectFieldStart("scale");
                JsonNumbers.field(g, "first", b.scale().first());
                JsonNumbers.field(g, "sustained", b.scale().sustained());
                g.writeEndObject();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeRaw('\n');
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private static void plan(JsonGenerator g, PlanResult p) throws IOException {
        g.writeStartObject();
        g.writeStringField("name", p.name());
        EvaluationJson.array(g, "total", p.total());
        EvaluationJson.array(g, "cumulative", p.cumulative());
        EvaluationJson.array(g, "discounted", p.discounted());
        EvaluationJson.array(g, "costPerMTok", p.costPerMTok());
        JsonNumbers.field(g, "tco", p.tco());
        JsonNumbers.field(g, "npv", p.npv());
        g.writeObjectFieldStart("categories");
        for (Category c : Category.values()) {
            EvaluationJson.array(g, c.key(), p.category(c));
        }
        g.writeEndObject();
        EvaluationJson.array(g, "gpus", p.gpus());
        EvaluationJson.array(g, "idleCapacity", p.idleCapacity());
        g.writeObjectFieldStart("deployments");
        for (DeploymentResult d : p.deployments().values()) {
            g.writeObjectFieldStart(d.deploymentId());
            EvaluationJson.array(g, "replicas", d.replicas());
            EvaluationJson.array(g, "gpus", d.gpus());
            EvaluationJson.array(g, "utilization", d.utilization());
            EvaluationJson.array(g, "idleCapacity", d.idleCapacity());
            UsedOperatingPoint op = d.operatingPoint();
            g.writeObjectFieldStart("operatingPoint");
            JsonNumbers.field(g, "outputTokensPerSecondPerUser", op.outputTokensPerSecondPerUser());
            JsonNumbers.field(g, "prefillTokensPerSecond", op.prefillTokensPerSecond());
            JsonNumbers.field(g, "decodeTokensPerSecond", op.decodeTokensPerSecond());
            g.writeEndObject();
            g.writeEndObject();
        }
        g.writeEndObject();
        g.writeObjectFieldStart("byWorkload");
        for (Map.Entry<String, double[]> w : p.byWorkload().entrySet()) {
            EvaluationJson.array(g, w.getKey(), w.getValue());
        }
        g.writeEndObject();
        g.writeBooleanField("feasible", p.feasible());
        violations(g, "violations", p.violations());
        violations(g, "warnings", p.warnings());
        g.writeEndObject();
    }

    private static void violations(JsonGenerator g, String name, List<Violation> list) throws IOException {
        g.writeArrayFieldStart(name);
        for (Violation v : list) {
            g.writeStartObject();
            g.writeStringField("workload", v.workload());
            g.writeStringField("target", v.target());
            g.writeStringField("rule", v.rule());
            g.writeStringField("message", v.message());
            g.writeEndObject();
        }
        g.writeEndArray();
    }
}
