package com.tcostudio.io.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.tcostudio.core.model.CatalogueLookup;
import com.tcostudio.core.model.CatalogueRef;
import com.tcostudio.core.model.CatalogueSlot;
import com.tcostudio.core.model.Currency;
import com.tcostudio.core.model.Distribution;
import com.tcostudio.core.model.HostingMode;
import com.tcostudio.core.model.Input;
import com.tcostudio.core.model.InvalidScenarioException;
import com.tcostudio.core.portfolio.Api;
import com.tcostudio.core.portfolio.Committed;
import com.tcostudio.core.portfolio.Deployment;
import com.tcostudio.core.portfolio.Fields;
import com.tcostudio.core.portfolio.Latency;
import com.tcostudio.core.portfolio.Migration;
import com.tcostudio.core.portfolio.OperatingPoint;
import com.tcostudio.core.portfolio.Plan;
import com.tcostudio.core.portfolio.Portfolio;
import com.tcostudio.core.portfolio.Reservation;
import com.tcostudio.core.portfolio.Route;
import com.tcostudio.core.portfolio.Workload;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads scenario files of {@code schemaVersion: 2} (portfolios, METHODOLOGY-V2.md) strictly.
 *
 * <p>Refused, every problem named by the field's path ({@code plans[2].routes[0].overflow}) and
 * the rule, all of them at once: malformed JSON or anything after the closing brace, an unknown
 * field, a field of the hosting mode not chosen, a missing required field, a wrong type, NaN or
 * infinity, and every rule of the portfolio model (bounds of each v1 field, ids, routes, shares,
 * contract terms, list lengths, uncertainty paths). Nothing is half-loaded: a valid
 * {@link Portfolio} comes back or {@link ScenarioFileException} is thrown.
 *
 * <p>The reader checks the shape (objects, lists, types, finite numbers); the model's records
 * check the rules. A rule broken inside a part ({@code residency[0]} of a workload) is reported
 * under the part's path ({@code workloads[1].residency[0]}). Two passes: the parts, then the
 * portfolio as a whole (routes naming workloads and targets, shares), so a file with a broken part
 * lists the part's problems first and its routing problems once the parts are right.
 *
 * <p>Catalogue ids fill, per part, the fields they name that the file leaves out, as in version 1:
 * {@code apis[i].apiModel} the API's prices, {@code deployments[i].servingProfile} GPUs per replica
 * and the two throughputs (not when the deployment gives {@code operatingPoints}),
 * {@code deployments[i].hosting.gpuOffer} the hourly price or the purchase figures. Money is
 * converted from USD with {@code currency.perUsd}; a number written in the file always wins.
 */
public final class PortfolioReader {
    public static final int SCHEMA_VERSION = 2;

    private static final Set<String> ROOT = Set.of("schemaVersion", "name", "horizonMonths", "currency", "finance",
            "workloads", "apis", "deployments", "plans", "uncertainty");
    private static final Set<Input> RENT = Fields.inputsOf(com.tcostudio.core.model.Section.RENT);
    private static final Set<Input> OWN = Fields.inputsOf(com.tcostudio.core.model.Section.OWN);

    private final CatalogueLookup catalogue;
    private final CatalogueDetails details;

    public PortfolioReader(CatalogueLookup catalogue) {
        this.catalogue = catalogue;
        this.details = CatalogueDetails.of(catalogue);
    }

    public Portfolio read(Path file) throws ScenarioFileException {
        return read(JsonInput.read(file), file.toString());
    }

    /** Reads a portfolio from bytes; {@code fileName} names the source in messages. */
    public Portfolio read(byte[] json, String fileName) throws ScenarioFileException {
        return read(JsonInput.tree(json, fileName), fileName);
    }

    /** Reads a parsed file whose schema version has not been checked yet. */
    Portfolio read(JsonNode root, String fileName) throws ScenarioFileException {
        return new Parse(fileName, root).portfolio();
    }

    /** One pass over one file, collecting problems. */
    private final class Parse {
        private final String file;
        private final JsonNode root;
        private final List<ScenarioFileException.Problem> problems = new ArrayList<>();
        /** Paths already refused by the reader: the model's echo of the same field is not repeated. */
        private final Set<String> reported = new HashSet<>();
        private Currency currency;

        Parse(String file, JsonNode root) {
            this.file = file;
            this.root = root;
        }

        Portfolio portfolio() throws ScenarioFileException {
            JsonNode version = root.get("schemaVersion");
            if (version == null || !version.isIntegralNumber() || !version.canConvertToInt()
                    || version.intValue() != SCHEMA_VERSION) {
                throw new ScenarioFileException(file, "schemaVersion", "must be " + SCHEMA_VERSION
                        + " for a portfolio (the file has " + (version == null ? "none" : JsonInput.describe(version)) + ")");
            }
            unknown("", root, ROOT, Map.of());
            String name = text("name", root.get("name"), true);
            double horizon = number("horizonMonths", root.get("horizonMonths"), false);
            currency = currency(root.get("currency"));
            Fields finance = finance(root.get("finance"));
            List<Workload> workloads = list("workloads", true, this::workload);
            List<Api> apis = list("apis", false, this::api);
            List<Deployment> deployments = list("deployments", false, this::deployment);
            List<Plan> plans = list("plans", true, this::plan);
            Map<String, Distribution> ranges = uncertainty(root.get("uncertainty"));
            failIfProblems();
            int months = whole("horizonMonths", horizon);
            failIfProblems();
            try {
                return new Portfolio(name, months, currency, finance, workloads, apis, deployments, plans, ranges);
            } catch (InvalidScenarioException e) {
                model("", e);
                failIfProblems();
                throw e;
            }
        }

        private void failIfProblems() throws ScenarioFileException {
            if (!problems.isEmpty()) {
                throw new ScenarioFileException(file, problems);
            }
        }

        private void problem(String path, String rule) {
            problems.add(new ScenarioFileException.Problem(path, rule));
            reported.add(path);
        }

        /** The model's problems of a part, under the part's path, unless the reader already named that field. */
        private void model(String prefix, InvalidScenarioException e) {
            for (InvalidScenarioException.Problem p : e.problems()) {
                String path = p.path().isEmpty() ? stripDot(prefix)
                        : prefix + p.path();
                if (!covered(path)) {
                    problem(path, p.rule());
                }
            }
        }

        private boolean covered(String path) {
            for (String r : reported) {
                if (r.equals(path) || within(r, path) || within(path, r)) {
                    return true;
                }
            }
            return false;
        }

        // ---- the parts

        private Currency currency(JsonNode n) {
            if (!object("currency", n, true)) {
                return null;
            }
            unknown("currency", n, Set.of("code", "perUsd"), Map.of());
            String code = text("currency.code", n.get("code"), true);
            double perUsd = number("currency.perUsd", n.get("perUsd"), false);
            if (code == null || Double.isNaN(perUsd)) {
                return null;
            }
            try {
                return new Currency(code, perUsd);
            } catch (InvalidScenarioException e) {
                model("", e);
                return null;
            }
        }

        private Fields finance(JsonNode n) {
            if (!object("finance", n, true)) {
                return null;
            }
            unknown("finance", n, names(Portfolio.FINANCE_INPUTS), Map.of());
            return fields("finance", n, Portfolio.FINANCE_INPUTS);
        }

        private Workload workload(String at, JsonNode n) {
            Set<String> known = names(Workload.INPUTS);
            known.addAll(Set.of("id", "name", "residency", "minQuality", "latency"));
            unknown(at, n, known, Map.of());
            String id = text(at + ".id", n.get("id"), true);
            String name = text(at + ".name", n.get("name"), true);
            Fields fields = fields(at, n, Workload.INPUTS);
            List<String> residency = codes(at + ".residency", n.get("residency"));
            double minQuality = number(at + ".minQuality", n.get("minQuality"), false);
            Latency latency = latency(at + ".latency", n.get("latency"));
            return build(at, () -> new Workload(id, name, fields, residency, minQuality, latency));
        }

        private Latency latency(String at, JsonNode n) {
            if (n == null || !object(at, n, false)) {
                return Latency.NONE;
            }
            unknown(at, n, Set.of("minOutputTokensPerSecondPerUser", "maxTimeToFirstTokenSeconds"), Map.of());
            double u = number(at + ".minOutputTokensPerSecondPerUser", n.get("minOutputTokensPerSecondPerUser"), false);
            double f = number(at + ".maxTimeToFirstTokenSeconds", n.get("maxTimeToFirstTokenSeconds"), false);
            Latency l = build(at, () -> new Latency(u, f));
            return l == null ? Latency.NONE : l;
        }

        private Api api(String at, JsonNode n) {
            Set<String> known = names(Api.INPUTS);
            known.addAll(Set.of("id", "name", "apiModel", "apiModelAsOf", "regions", "quality", "migration", "committed"));
            unknown(at, n, known, Map.of());
            String id = text(at + ".id", n.get("id"), true);
            String name = text(at + ".name", n.get("name"), true);
            double[] values = values(at, n, Api.INPUTS);
            CatalogueRef ref = resolve(CatalogueSlot.API_MODEL, at, n, "apiModel", values, Api.INPUTS, Set.of());
            Fields fields = Fields.of(values);
            List<String> regions = codes(at + ".regions", n.get("regions"));
            double quality = number(at + ".quality", n.get("quality"), false);
            if (ref != null && n.get("regions") == null) {
                regions = details.apiRegions(ref.id()).orElse(null);
            }
            if (ref != null && n.get("quality") == null) {
                quality = details.apiQuality(ref.id()).orElse(Double.NaN);
            }
            List<String> where = regions;
            double score = quality;
            Migration migration = migration(at + ".migration", n.get("migration"));
            Committed committed = committed(at + ".committed", n.get("committed"));
            return build(at, () -> new Api(id, name, fields, ref, where, score, migration, committed));
        }

        private Migration migration(String at, JsonNode n) {
            if (n == null || !object(at, n, false)) {
                return null;
            }
            unknown(at, n, Set.of("everyMonths", "personMonths", "oneTimeCost"), Map.of());
            int every = whole(at + ".everyMonths", number(at + ".everyMonths", n.get("everyMonths"), false));
            double personMonths = number(at + ".personMonths", n.get("personMonths"), false);
            double oneTimeCost = number(at + ".oneTimeCost", n.get("oneTimeCost"), false);
            return build(at, () -> new Migration(every, personMonths, oneTimeCost));
        }

        private Committed committed(String at, JsonNode n) {
            if (n == null || !object(at, n, false)) {
                return null;
            }
            unknown(at, n, Set.of("tokensPerMinute", "feePerMonth"), Map.of());
            double tpm = number(at + ".tokensPerMinute", n.get("tokensPerMinute"), false);
            double fee = number(at + ".feePerMonth", n.get("feePerMonth"), false);
            return build(at, () -> new Committed(tpm, fee));
        }

        private Deployment deployment(String at, JsonNode n) {
            Set<Input> open = Fields.inputsOf(com.tcostudio.core.model.Section.OPEN);
            Set<String> known = names(open);
            known.addAll(Set.of("id", "name", "servingProfile", "servingProfileAsOf", "operatingPoints", "fixedReplicas",
                    "regions", "quality", "hosting"));
            unknown(at, n, known, Map.of());
            String id = text(at + ".id", n.get("id"), true);
            String name = text(at + ".name", n.get("name"), true);
            String h = at + ".hosting";
            JsonNode hosting = n.get("hosting");
            boolean hasHosting = object(h, hosting, true);
            HostingMode mode = hasHosting ? choice(h + ".mode", hosting.get("mode"), HostingMode::fromLabel, "rent or own") : null;
            Set<Input> inputs = EnumSet.copyOf(open);
            if (mode != null) {
                inputs.addAll(mode == HostingMode.RENT ? RENT : OWN);
            }
            boolean amortize = false;
            boolean autoscale = false;
            Reservation reservation = null;
            if (hasHosting) {
                Set<String> hostingKeys = new LinkedHashSet<>(List.of("mode", "gpuOffer", "gpuOfferAsOf"));
                Set<String> rentKeys = names(RENT);
                rentKeys.addAll(Set.of("autoscale", "reservation"));
                Set<String> ownKeys = names(OWN);
                ownKeys.add("amortize");
                Map<String, String> other = new LinkedHashMap<>();
                if (mode == HostingMode.RENT) {
                    hostingKeys.addAll(rentKeys);
                    ownKeys.forEach(k -> other.put(k, "does not apply when hosting.mode is rent"));
                } else if (mode == HostingMode.OWN) {
                    hostingKeys.addAll(ownKeys);
                    rentKeys.forEach(k -> other.put(k, "does not apply when hosting.mode is own (it is for rented GPUs)"));
                } else {
                    // the mode is missing or wrong (already said): do not guess which fields are foreign
                    hostingKeys.addAll(rentKeys);
                    hostingKeys.addAll(ownKeys);
                }
                unknown(h, hosting, hostingKeys, other);
                if (mode == HostingMode.OWN) {
                    amortize = bool(h + ".amortize", hosting.get("amortize"));
                }
                if (mode == HostingMode.RENT) {
                    autoscale = bool(h + ".autoscale", hosting.get("autoscale"));
                    reservation = reservation(h + ".reservation", hosting.get("reservation"));
                }
            }
            double[] values = values(at, n, inputs);
            JsonNode pointsNode = n.get("operatingPoints");
            List<OperatingPoint> points = operatingPoints(at + ".operatingPoints", pointsNode);
            Map<CatalogueSlot, CatalogueRef> refs = new EnumMap<>(CatalogueSlot.class);
            JsonNode profileNode = n.get("servingProfile");
            boolean fileThroughput = n.get("prefillTokensPerSecond") != null || n.get("decodeTokensPerSecond") != null;
            if (pointsNode == null && !fileThroughput && profileNode != null && profileNode.isTextual()) {
                // a profile with measured points gives those: serving at a latency target is the point of them
                points = details.profilePoints(profileNode.textValue());
            }
            // with measured points, the profile's maximum throughputs would break "one or the other"
            Set<Input> notFilled = !points.isEmpty() || pointsNode != null
                    ? EnumSet.of(Input.PREFILL_TOKENS_PER_SECOND, Input.DECODE_TOKENS_PER_SECOND) : Set.of();
            CatalogueRef profile = resolve(CatalogueSlot.SERVING_PROFILE, at, n, "servingProfile", values, inputs, notFilled);
            if (profile != null) {
                refs.put(CatalogueSlot.SERVING_PROFILE, profile);
            }
            CatalogueRef offer = null;
            if (hasHosting) {
                offer = resolve(CatalogueSlot.GPU_OFFER, h, hosting, "gpuOffer", values, inputs, Set.of());
                if (offer != null) {
                    refs.put(CatalogueSlot.GPU_OFFER, offer);
                }
            }
            Fields fields = Fields.of(values);
            JsonNode fixedNode = n.get("fixedReplicas");
            Integer fixed = fixedNode == null ? null
                    : whole(at + ".fixedReplicas", number(at + ".fixedReplicas", fixedNode, false));
            List<String> regions = codes(at + ".regions", n.get("regions"));
            double quality = number(at + ".quality", n.get("quality"), false);
            // owned GPUs without regions run on the user's premises: where an offer sells them says nothing
            if (offer != null && mode == HostingMode.RENT && n.get("regions") == null) {
                regions = details.offerRegions(offer.id()).orElse(null);
            }
            if (profile != null && n.get("quality") == null) {
                quality = details.profileQuality(profile.id()).orElse(Double.NaN);
            }
            List<OperatingPoint> measured = points;
            List<String> where = regions;
            double score = quality;
            boolean amortized = amortize;
            boolean autoscaled = autoscale;
            Reservation reserved = reservation;
            return build(at, () -> new Deployment(id, name, fields, mode, amortized, autoscaled, reserved, fixed, measured,
                    where, score, refs));
        }

        private Reservation reservation(String at, JsonNode n) {
            if (n == null || !object(at, n, false)) {
                return null;
            }
            unknown(at, n, Set.of("gpus", "termMonths", "gpuHourly", "upfrontShare"), Map.of());
            int gpus = whole(at + ".gpus", number(at + ".gpus", n.get("gpus"), false));
            int term = whole(at + ".termMonths", number(at + ".termMonths", n.get("termMonths"), false));
            double hourly = number(at + ".gpuHourly", n.get("gpuHourly"), false);
            double upfront = number(at + ".upfrontShare", n.get("upfrontShare"), false);
            return build(at, () -> new Reservation(gpus, term, hourly, upfront));
        }

        private List<OperatingPoint> operatingPoints(String at, JsonNode n) {
            if (n == null) {
                return List.of();
            }
            if (!n.isArray()) {
                problem(at, "must be a list of points such as [{\"outputTokensPerSecondPerUser\": 30, "
                        + "\"prefillTokensPerSecond\": 20000, \"decodeTokensPerSecond\": 1500, \"timeToFirstTokenSeconds\": 0.8}]");
                return List.of();
            }
            List<OperatingPoint> points = new ArrayList<>();
            boolean broken = false;
            for (int i = 0; i < n.size(); i++) {
                String p = at + "[" + i + "]";
                JsonNode o = n.get(i);
                if (!object(p, o, true)) {
                    broken = true;
                    continue;
                }
                unknown(p, o, Set.of("outputTokensPerSecondPerUser", "prefillTokensPerSecond", "decodeTokensPerSecond",
                        "timeToFirstTokenSeconds"), Map.of());
                double u = number(p + ".outputTokensPerSecondPerUser", o.get("outputTokensPerSecondPerUser"), false);
                double pre = number(p + ".prefillTokensPerSecond", o.get("prefillTokensPerSecond"), false);
                double dec = number(p + ".decodeTokensPerSecond", o.get("decodeTokensPerSecond"), false);
                double f = number(p + ".timeToFirstTokenSeconds", o.get("timeToFirstTokenSeconds"), false);
                OperatingPoint point = build(p, () -> new OperatingPoint(u, pre, dec, f));
                if (point == null) {
                    broken = true;
                } else {
                    points.add(point);
                }
            }
            // a broken point would shift the order checks onto its neighbours: judge the list once it is whole
            return broken ? List.of() : points;
        }

        private Plan plan(String at, JsonNode n) {
            unknown(at, n, Set.of("id", "name", "routes"), Map.of());
            String id = text(at + ".id", n.get("id"), true);
            String name = text(at + ".name", n.get("name"), true);
            List<Route> routes = new ArrayList<>();
            JsonNode list = n.get("routes");
            String rs = at + ".routes";
            if (list == null) {
                problem(rs, "is required: a list of {\"workload\": ..., \"to\": ...}");
            } else if (!list.isArray()) {
                problem(rs, "must be a list of {\"workload\": ..., \"to\": ...}");
            } else {
                for (int r = 0; r < list.size(); r++) {
                    Route route = route(rs + "[" + r + "]", list.get(r));
                    if (route != null) {
                        routes.add(route);
                    }
                }
            }
            if (covered(rs)) {
                return null;
            }
            return build(at, () -> new Plan(id, name, routes));
        }

        private Route route(String at, JsonNode n) {
            if (!object(at, n, true)) {
                return null;
            }
            unknown(at, n, Set.of("workload", "to", "share", "overflow"), Map.of());
            String workload = text(at + ".workload", n.get("workload"), true);
            String to = text(at + ".to", n.get("to"), true);
            JsonNode shareNode = n.get("share");
            double share = Double.NaN;
            if (shareNode != null) {
                if (shareNode.isNull()) {
                    problem(at + ".share", "must be a number from 0 to 1; leave the field out for the rest of the workload");
                } else {
                    share = number(at + ".share", shareNode, false);
                }
            }
            String overflow = text(at + ".overflow", n.get("overflow"), false);
            double s = share;
            return build(at, () -> new Route(workload, to, s, overflow));
        }

        private Map<String, Distribution> uncertainty(JsonNode n) {
            Map<String, Distribution> ranges = new LinkedHashMap<>();
            if (n == null) {
                return ranges;
            }
            if (!n.isObject()) {
                problem("uncertainty", "must be an object keyed by field paths such as workloads.ID.monthlyGrowth");
                return ranges;
            }
            for (Map.Entry<String, JsonNode> e : n.properties()) {
                String at = "uncertainty." + e.getKey();
                Distribution d = distribution(at, e.getValue());
                if (d != null) {
                    ranges.put(e.getKey(), d);
                }
            }
            return ranges;
        }

        private Distribution distribution(String at, JsonNode n) {
            if (!n.isObject()) {
                problem(at, "must be an object such as {\"dist\": \"uniform\", \"low\": 1, \"high\": 2}");
                return null;
            }
            Distribution.Kind kind = choice(at + ".dist", n.get("dist"), Distribution.Kind::fromLabel,
                    "one of uniform, triangular, pert, normal, lognormal");
            if (kind == null) {
                return null;
            }
            Set<String> allowed = kind.hasMode() ? Set.of("dist", "low", "mode", "high") : Set.of("dist", "low", "high");
            for (Map.Entry<String, JsonNode> f : n.properties()) {
                if (!allowed.contains(f.getKey())) {
                    problem(at + "." + JsonInput.shown(f.getKey()), "is not a parameter of " + kind.label());
                }
            }
            double low = number(at + ".low", n.get("low"), false);
            double high = number(at + ".high", n.get("high"), false);
            double mode = kind.hasMode() ? number(at + ".mode", n.get("mode"), false) : Double.NaN;
            if (Double.isNaN(low) || Double.isNaN(high) || (kind.hasMode() && Double.isNaN(mode))) {
                return null;
            }
            try {
                return new Distribution(kind, low, mode, high);
            } catch (IllegalArgumentException e) {
                problem(at, e.getMessage());
                return null;
            }
        }

        // ---- catalogue

        /**
         * Resolves the catalogue id in {@code field} of a part: fills the inputs it names that the file
         * leaves out (except {@code notFilled}), and returns the reference with its as-of date.
         */
        private CatalogueRef resolve(CatalogueSlot slot, String at, JsonNode part, String field, double[] values,
                                     Set<Input> applicable, Set<Input> notFilled) {
            String idPath = at + "." + field;
            String id = text(idPath, part.get(field), false);
            LocalDate recorded = date(idPath + "AsOf", part.get(field + "AsOf"));
            if (id == null) {
                if (recorded != null) {
                    problem(idPath + "AsOf", "needs " + field + " beside it");
                }
                return null;
            }
            if (id.isBlank()) {
                problem(idPath, "must not be empty: name a catalogue entry or leave the field out");
                return null;
            }
            List<Input> missing = new ArrayList<>();
            for (Input input : slot.fills()) {
                if (applicable.contains(input) && !notFilled.contains(input) && Double.isNaN(values[input.ordinal()])
                        && !present(at, part, input)) {
                    missing.add(input);
                }
            }
            LocalDate asOf = recorded;
            if (!missing.isEmpty()) {
                var entry = catalogue.find(slot, id);
                if (entry.isEmpty()) {
                    problem(idPath, "\"" + JsonInput.shown(id) + "\" is not in the price catalogue, and the file does not give "
                            + missing.get(0).fieldName() + (missing.size() > 1 ? " and " + (missing.size() - 1) + " more" : ""));
                    return null;
                }
                for (Input input : missing) {
                    Double usd = entry.get().values().get(input);
                    if (usd != null && currency != null) {
                        values[input.ordinal()] = input.unit().isMoney() ? usd * currency.perUsd() : usd;
                    }
                }
                asOf = entry.get().asOf();
            }
            return new CatalogueRef(id, asOf);
        }

        /** Whether the file writes the input in this part (a hosting field sits in the hosting object). */
        private boolean present(String at, JsonNode part, Input input) {
            boolean hostingField = input.section() == com.tcostudio.core.model.Section.RENT
                    || input.section() == com.tcostudio.core.model.Section.OWN;
            boolean partIsHosting = at.endsWith(".hosting");
            JsonNode n = hostingField && !partIsHosting ? child(part, "hosting") : part;
            return n != null && n.get(input.fieldName()) != null;
        }

        // ---- fields and values

        private Fields fields(String at, JsonNode part, Set<Input> inputs) {
            return Fields.of(values(at, part, inputs));
        }

        /** The part's v1 fields by {@link Input#ordinal()}, NaN where absent. */
        private double[] values(String at, JsonNode part, Set<Input> inputs) {
            double[] v = Fields.empty().toArray();
            for (Input input : inputs) {
                String inPart = Fields.pathInPart(input);
                JsonNode n = part;
                for (String seg : inPart.split("\\.")) {
                    n = child(n, seg);
                }
                v[input.ordinal()] = number(at + "." + inPart, n, input.isOptional());
            }
            return v;
        }

        /**
         * A finite number, NaN when absent; {@code nullable}: null is the same as absent. Rules on the
         * value are the model's.
         */
        private double number(String path, JsonNode n, boolean nullable) {
            if (n == null) {
                return Double.NaN;
            }
            if (n.isNull()) {
                if (!nullable) {
                    problem(path, "must be a number, not null");
                }
                return Double.NaN;
            }
            if (!n.isNumber()) {
                problem(path, "must be a number (was " + JsonInput.describe(n) + ")");
                return Double.NaN;
            }
            double v = n.doubleValue();
            if (!Double.isFinite(v)) {
                problem(path, "must be a finite number (was " + v + ")");
                return Double.NaN;
            }
            return v;
        }

        /** A whole number read as a double: 0 with a problem when it is not one (the model's bounds apply). */
        private int whole(String path, double v) {
            if (Double.isNaN(v)) {
                if (!covered(path)) {
                    problem(path, "is required");
                }
                return 0;
            }
            if (v != Math.rint(v)) {
                problem(path, "must be a whole number (was " + com.tcostudio.core.model.Scenario.format(v) + ")");
                return 0;
            }
            if (Math.abs(v) > Integer.MAX_VALUE) {
                problem(path, "is far too large to be a count of months, GPUs or replicas (was "
                        + com.tcostudio.core.model.Scenario.format(v) + ")");
                return 0;
            }
            return (int) v;
        }

        private boolean bool(String path, JsonNode n) {
            if (n == null) {
                return false;
            }
            if (!n.isBoolean()) {
                problem(path, "must be true or false (was " + JsonInput.describe(n) + ")");
                return false;
            }
            return n.booleanValue();
        }

        private String text(String path, JsonNode n, boolean required) {
            if (n == null) {
                if (required) {
                    problem(path, "is required");
                }
                return null;
            }
            if (!n.isTextual()) {
                problem(path, "must be a text in double quotes (was " + JsonInput.describe(n) + ")");
                return null;
            }
            return n.textValue();
        }

        private LocalDate date(String path, JsonNode n) {
            String text = text(path, n, false);
            if (text == null) {
                return null;
            }
            try {
                return LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                problem(path, "must be a date written YYYY-MM-DD (was \"" + JsonInput.shown(text) + "\")");
                return null;
            }
        }

        private <T> T choice(String path, JsonNode n, Function<String, java.util.Optional<T>> parse, String choices) {
            String label = text(path, n, true);
            if (label == null) {
                return null;
            }
            java.util.Optional<T> value = parse.apply(label);
            if (value.isEmpty()) {
                problem(path, "must be " + choices + " (was \"" + JsonInput.shown(label) + "\")");
            }
            return value.orElse(null);
        }

        /** A list of region codes; null when absent. The model checks the codes. */
        private List<String> codes(String path, JsonNode n) {
            if (n == null) {
                return null;
            }
            if (!n.isArray()) {
                problem(path, "must be a list of region codes such as [\"AE\", \"SA\"] (was " + JsonInput.describe(n) + ")");
                return null;
            }
            List<String> codes = new ArrayList<>();
            for (int i = 0; i < n.size(); i++) {
                JsonNode c = n.get(i);
                if (!c.isTextual()) {
                    problem(path + "[" + i + "]", "must be a region code in double quotes such as \"AE\" (was "
                            + JsonInput.describe(c) + ")");
                } else {
                    codes.add(c.textValue());
                }
            }
            return codes;
        }

        private boolean object(String path, JsonNode n, boolean required) {
            if (n == null) {
                if (required) {
                    problem(path, "is required");
                }
                return false;
            }
            if (!n.isObject()) {
                problem(path, "must be an object { ... } (was " + JsonInput.describe(n) + ")");
                return false;
            }
            return true;
        }

        /** Reads a list of parts; a missing optional list is empty. Parts that fail are left out (their problems kept). */
        private <T> List<T> list(String path, boolean required, PartReader<T> reader) {
            JsonNode n = root.get(path);
            List<T> parts = new ArrayList<>();
            if (n == null) {
                if (required) {
                    problem(path, "is required");
                }
                return parts;
            }
            if (!n.isArray()) {
                problem(path, "must be a list [ ... ] (was " + JsonInput.describe(n) + ")");
                return parts;
            }
            for (int i = 0; i < n.size(); i++) {
                String at = path + "[" + i + "]";
                if (object(at, n.get(i), true)) {
                    T part = reader.read(at, n.get(i));
                    if (part != null) {
                        parts.add(part);
                    }
                }
            }
            return parts;
        }

        /** Fields the format does not have at this place; {@code other}: known fields that do not apply here, with why. */
        private void unknown(String at, JsonNode object, Set<String> known, Map<String, String> other) {
            for (Map.Entry<String, JsonNode> field : object.properties()) {
                String key = field.getKey();
                if (known.contains(key)) {
                    continue;
                }
                String path = (at.isEmpty() ? "" : at + ".") + JsonInput.shown(key);
                problem(path, other.getOrDefault(key, "is not a field of " + (at.isEmpty() ? "a portfolio" : "this object")
                        + " (unknown field)"));
            }
        }

        /** Builds a part, turning its refusal into problems under its path; null when refused. */
        private <T> T build(String at, java.util.function.Supplier<T> part) {
            try {
                return part.get();
            } catch (InvalidScenarioException e) {
                model(at + ".", e);
                return null;
            }
        }
    }

    @FunctionalInterface
    private interface PartReader<T> {
        T read(String path, JsonNode node);
    }

    private static Set<String> names(Set<Input> inputs) {
        Set<String> names = new LinkedHashSet<>();
        for (Input i : inputs) {
            String inPart = Fields.pathInPart(i);
            // hosting fields live in the hosting object, which has its own list of fields
            names.add(inPart.startsWith("hosting.") ? inPart.substring("hosting.".length()) : inPart);
        }
        return names;
    }

    private static JsonNode child(JsonNode n, String key) {
        return n == null || !n.isObject() ? null : n.get(key);
    }

    /** Whether {@code inner} is a field inside {@code outer} ({@code a.b[0].c} within {@code a.b}). */
    private static boolean within(String inner, String outer) {
        return inner.length() > outer.length() && inner.startsWith(outer)
                && (inner.charAt(outer.length()) == '.' || inner.charAt(outer.length()) == '[');
    }

    private static String stripDot(String prefix) {
        return prefix.endsWith(".") ? prefix.substring(0, prefix.length() - 1) : prefix;
    }
}
