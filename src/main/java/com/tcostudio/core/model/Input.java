package com.tcostudio.core.model;

import java.util.Arrays;
import java.util.Optional;

/**
 * Every numeric input of a scenario, keyed by its dotted path in the scenario file.
 *
 * <p>One registry serves the file reader and writer, validation, the editor's labels, units and
 * tooltips, and the uncertainty section (which keys distributions by these paths). A
 * {@link Scenario} stores the values in one array indexed by {@link #ordinal()}.
 */
public enum Input {
    HORIZON_MONTHS("horizonMonths", Section.SCENARIO, true, Rule.HORIZON, false, Unit.MONTHS,
            "Horizon", "Months modelled. Typical: 36 to 60."),

    ANNUAL_DISCOUNT_RATE("finance.annualDiscountRate", Section.FINANCE, false, Rule.RATE_PER_YEAR, false, Unit.PER_YEAR_RATE,
            "Discount rate", "Cost of capital used for NPV and the capital charge on owned GPUs. Typical: 0.06 to 0.12."),
    SALARY_GROWTH_PER_YEAR("finance.salaryGrowthPerYear", Section.FINANCE, false, Rule.RATE_PER_YEAR, false, Unit.PER_YEAR_RATE,
            "Salary growth", "Yearly raise of staff cost, applied in steps each 12 months. Typical: 0.02 to 0.05."),
    LOADED_ANNUAL_COST_PER_FTE("finance.loadedAnnualCostPerFte", Section.FINANCE, false, Rule.COST_PER_FTE_YEAR, false,
            Unit.MONEY_PER_YEAR, "Loaded cost per FTE",
            "Salary plus benefits, overhead and equipment of one full-time engineer. Typical: 120,000 to 300,000 USD."),

    INPUT_TOKENS_PER_MONTH("workload.inputTokensPerMonth", Section.WORKLOAD, false, Rule.TOKENS_PER_MONTH, false,
            Unit.TOKENS_PER_MONTH, "Input tokens", "Prompt tokens sent in month 1. Typical: 1e8 to 1e11."),
    OUTPUT_TOKENS_PER_MONTH("workload.outputTokensPerMonth", Section.WORKLOAD, false, Rule.TOKENS_PER_MONTH, false,
            Unit.TOKENS_PER_MONTH, "Output tokens", "Generated tokens in month 1. Typical: 10% to 50% of input."),
    MONTHLY_GROWTH("workload.monthlyGrowth", Section.WORKLOAD, false, Rule.GROWTH_PER_MONTH, false, Unit.PER_MONTH_RATE,
            "Monthly growth", "Compound growth of token volume each month. Typical: 0 to 0.10."),
    PLATEAU_TOKENS_PER_MONTH("workload.plateauTokensPerMonth", Section.WORKLOAD, false, Rule.TOKENS_PER_MONTH, true,
            Unit.TOKENS_PER_MONTH, "Plateau", "Optional cap on input + output tokens a month; growth stops there."),
    PEAK_TO_AVERAGE("workload.peakToAverage", Section.WORKLOAD, false, Rule.PEAK_TO_AVERAGE, false, Unit.RATIO,
            "Peak to average", "Busiest hour's load over the month's average; self-hosted capacity is sized for it. Typical: 2 to 5."),
    CACHED_INPUT_SHARE("workload.cachedInputShare", Section.WORKLOAD, false, Rule.SHARE, false, Unit.SHARE,
            "Cached input share", "Share of input tokens served from the API's prompt cache. Typical: 0 to 0.6."),
    BATCH_SHARE("workload.batchShare", Section.WORKLOAD, false, Rule.SHARE, false, Unit.SHARE,
            "Batch share", "Share of all traffic that can wait for the batch API. Typical: 0 to 0.3."),

    INPUT_PER_MTOK("closed.inputPerMTok", Section.CLOSED, false, Rule.PRICE_PER_MTOK, false, Unit.MONEY_PER_MTOK,
            "Input price", "API list price of input tokens. Typical: 0.1 to 15 USD."),
    OUTPUT_PER_MTOK("closed.outputPerMTok", Section.CLOSED, false, Rule.PRICE_PER_MTOK, false, Unit.MONEY_PER_MTOK,
            "Output price", "API list price of output tokens. Typical: 0.4 to 75 USD."),
    CACHED_INPUT_PER_MTOK("closed.cachedInputPerMTok", Section.CLOSED, false, Rule.PRICE_PER_MTOK, true, Unit.MONEY_PER_MTOK,
            "Cached input price", "Price of a prompt-cache read; leave empty when there is no cache discount. Typical: 10% of input."),
    BATCH_DISCOUNT("closed.batchDiscount", Section.CLOSED, false, Rule.SHARE, false, Unit.SHARE,
            "Batch discount", "Share taken off batch traffic. Typical: 0.5."),
    ANNUAL_PRICE_CHANGE("closed.annualPriceChange", Section.CLOSED, false, Rule.RATE_PER_YEAR, false, Unit.PER_YEAR_RATE,
            "API price change", "Yearly change of API prices, applied monthly. Typical: -0.5 to 0."),
    PLATFORM_FEE_PER_MONTH("closed.platformFeePerMonth", Section.CLOSED, false, Rule.MONEY_PER_MONTH, false, Unit.MONEY_PER_MONTH,
            "Platform fee", "Fixed monthly fee: enterprise plan, gateway, support. Typical: 0 to 5,000."),
    INTEGRATION_FTE("closed.integrationFte", Section.CLOSED, false, Rule.FTE, false, Unit.FTE,
            "Integration staff", "Engineers keeping the API integration running. Typical: 0.05 to 0.5."),

    GPUS_PER_REPLICA("open.gpusPerReplica", Section.OPEN, true, Rule.GPUS_PER_REPLICA, false, Unit.GPUS,
            "GPUs per replica", "GPUs that hold one running copy of the model. Typical: 1 to 8."),
    PREFILL_TOKENS_PER_SECOND("open.prefillTokensPerSecond", Section.OPEN, false, Rule.THROUGHPUT, false, Unit.TOKENS_PER_SECOND,
            "Prefill throughput", "Input tokens a fully busy replica processes per second. Typical: 5,000 to 100,000."),
    DECODE_TOKENS_PER_SECOND("open.decodeTokensPerSecond", Section.OPEN, false, Rule.THROUGHPUT, false, Unit.TOKENS_PER_SECOND,
            "Decode throughput", "Output tokens a fully busy replica generates per second. Typical: 500 to 20,000."),
    TARGET_UTILIZATION("open.targetUtilization", Section.OPEN, false, Rule.UTILIZATION, false, Unit.SHARE,
            "Target utilization", "Highest share of a replica's time planned to be busy at peak. Typical: 0.5 to 0.8."),
    MIN_REPLICAS("open.minReplicas", Section.OPEN, true, Rule.REPLICAS, false, Unit.REPLICAS,
            "Minimum replicas", "Serving replicas kept running however low the load. Typical: 1."),
    REDUNDANT_REPLICAS("open.redundantReplicas", Section.OPEN, true, Rule.REPLICAS, false, Unit.REPLICAS,
            "Redundant replicas", "Spare replicas on top of what the load needs (N+1, second zone). Typical: 1."),
    ANNUAL_GPU_PRICE_CHANGE("open.annualGpuPriceChange", Section.OPEN, false, Rule.RATE_PER_YEAR, false, Unit.PER_YEAR_RATE,
            "GPU price change", "Yearly change of GPU rental and purchase prices. Typical: -0.3 to 0."),
    BASE_FTE("open.baseFte", Section.OPEN, false, Rule.FTE, false, Unit.FTE,
            "Base operations staff", "Engineers running the platform whatever its size: on-call, monitoring, evals. Typical: 0.5 to 2."),
    FTE_PER_GPU("open.ftePerGpu", Section.OPEN, false, Rule.FTE_PER_GPU, false, Unit.FTE_PER_GPU,
            "Staff per GPU", "Extra operations staff for each GPU. Typical: 0.005 to 0.03."),
    SETUP_PERSON_MONTHS("open.setupPersonMonths", Section.OPEN, false, Rule.PERSON_MONTHS, false, Unit.PERSON_MONTHS,
            "Setup effort", "Engineering time to stand the platform up, paid in month 1. Typical: 2 to 12."),
    SETUP_ONE_TIME_COST("open.setupOneTimeCost", Section.OPEN, false, Rule.ONE_TIME_COST, false, Unit.MONEY,
            "Setup one-time cost", "Security review, contracts, tooling licences paid in month 1."),
    UPGRADE_EVERY_MONTHS("open.upgradeEveryMonths", Section.OPEN, true, Rule.UPGRADE_INTERVAL, false, Unit.MONTHS,
            "Upgrade interval", "Months between model or engine upgrades; 0 for none. Typical: 3 to 12."),
    UPGRADE_PERSON_MONTHS("open.upgradePersonMonths", Section.OPEN, false, Rule.PERSON_MONTHS, false, Unit.PERSON_MONTHS,
            "Upgrade effort", "Engineering time per upgrade (evals, migration). Typical: 0.5 to 1.5."),
    TOOLING_PER_MONTH("open.toolingPerMonth", Section.OPEN, false, Rule.MONEY_PER_MONTH, false, Unit.MONEY_PER_MONTH,
            "Tooling", "Monitoring, logging, eval and registry subscriptions a month."),
    OTHER_PER_MONTH("open.otherPerMonth", Section.OPEN, false, Rule.MONEY_PER_MONTH, false, Unit.MONEY_PER_MONTH,
            "Other running costs", "Storage, egress, security reviews a month."),

    GPU_HOURLY("open.hosting.gpuHourly", Section.RENT, false, Rule.GPU_HOURLY, false, Unit.MONEY_PER_GPU_HOUR,
            "GPU hourly price", "Rental price of one GPU-hour; GPUs are billed 730 hours a month. Typical: 0.8 to 12 USD."),

    CAPEX_PER_GPU("open.hosting.capexPerGpu", Section.OWN, false, Rule.CAPEX_PER_GPU, false, Unit.MONEY_PER_GPU,
            "Purchase price", "Price of one GPU with its share of the server and network. Typical: 25,000 to 50,000 USD."),
    DEPRECIATION_MONTHS("open.hosting.depreciationMonths", Section.OWN, true, Rule.DEPRECIATION_MONTHS, false, Unit.MONTHS,
            "Depreciation period", "Months to write a GPU down to its residual value. Typical: 36 to 72."),
    RESIDUAL_SHARE("open.hosting.residualShare", Section.OWN, false, Rule.SHARE, false, Unit.SHARE,
            "Residual value", "Share of the purchase price a GPU is still worth once depreciated. Typical: 0 to 0.2."),
    MAINTENANCE_PER_YEAR("open.hosting.maintenancePerYear", Section.OWN, false, Rule.SHARE_PER_YEAR, false, Unit.PER_YEAR_RATE,
            "Maintenance", "Yearly support and spares as a share of purchases. Typical: 0.03 to 0.1."),
    POWER_WATTS_PER_GPU("open.hosting.powerWattsPerGpu", Section.OWN, false, Rule.POWER_WATTS, false, Unit.WATTS,
            "Power draw", "Average electrical draw of one GPU with its server share. Typical: 400 to 1,200 W."),
    PUE("open.hosting.pue", Section.OWN, false, Rule.PUE, false, Unit.RATIO,
            "PUE", "Data-centre power usage effectiveness: total power over IT power. Typical: 1.2 to 1.5."),
    ENERGY_PER_KWH("open.hosting.energyPerKwh", Section.OWN, false, Rule.ENERGY_PER_KWH, false, Unit.MONEY_PER_KWH,
            "Energy price", "Price of one kWh. Typical: 0.08 to 0.15 USD."),
    COLOCATION_PER_GPU_MONTH("open.hosting.colocationPerGpuMonth", Section.OWN, false, Rule.COLOCATION_PER_GPU_MONTH, false,
            Unit.MONEY_PER_GPU_MONTH, "Colocation", "Rack space, cooling and network a GPU-month. Typical: 100 to 250 USD."),

    SELF_HOSTED_SHARE("hybrid.selfHostedShare", Section.HYBRID_SHARE, false, Rule.SHARE, false, Unit.SHARE,
            "Self-hosted share", "Share of all tokens kept in-house (for example the sensitive part)."),
    SELF_HOSTED_REPLICAS("hybrid.selfHostedReplicas", Section.HYBRID_SPILLOVER, true, Rule.REPLICAS, false, Unit.REPLICAS,
            "Self-hosted replicas", "Fixed fleet of serving replicas; traffic above its capacity spills to the API.");

    private final String path;
    private final Section section;
    private final boolean integer;
    private final Rule rule;
    private final boolean optional;
    private final Unit unit;
    private final String label;
    private final String help;

    Input(String path, Section section, boolean integer, Rule rule, boolean optional, Unit unit, String label, String help) {
        this.path = path;
        this.section = section;
        this.integer = integer;
        this.rule = rule;
        this.optional = optional;
        this.unit = unit;
        this.label = label;
        this.help = help;
    }

    /** Dotted path in the scenario file, e.g. {@code open.hosting.gpuHourly}. */
    public String path() {
        return path;
    }

    /** The last segment of the path: the field's name in its JSON object. */
    public String fieldName() {
        return path.substring(path.lastIndexOf('.') + 1);
    }

    public Section section() {
        return section;
    }

    /** Whole-number inputs (counts, months); they cannot carry a distribution. */
    public boolean isInteger() {
        return integer;
    }

    public Rule rule() {
        return rule;
    }

    /** Optional inputs may be absent (stored as NaN); all others are required where they apply. */
    public boolean isOptional() {
        return optional;
    }

    public Unit unit() {
        return unit;
    }

    public String label() {
        return label;
    }

    /** What the input means and its typical range, for tooltips and the methodology page. */
    public String help() {
        return help;
    }

    /** Whether the input applies to a scenario with this structure. */
    public boolean appliesTo(HostingMode mode, HybridPolicy policy) {
        switch (section) {
            case RENT:
                return mode == HostingMode.RENT;
            case OWN:
                return mode == HostingMode.OWN;
            case HYBRID_SHARE:
                return policy == HybridPolicy.SHARE;
            case HYBRID_SPILLOVER:
                return policy == HybridPolicy.SPILLOVER;
            default:
                return true;
        }
    }

    /**
     * The reason a value is refused in a scenario of this currency, or empty when it is valid.
     * Integer inputs must be whole numbers as well as lie in their rule's range.
     */
    public Optional<String> check(double value, Currency currency) {
        return check(value, currency.perUsd(), rule.words(currency));
    }

    /**
     * The reason a value is refused whatever the scenario's currency, or empty: the whole rule
     * except the upper bound of a money input, which depends on the currency. Where the currency is
     * known, {@link #check(double, Currency)} is the full rule (a scenario applies it when built).
     */
    public Optional<String> check(double value) {
        return check(value, Double.POSITIVE_INFINITY, rule.words());
    }

    private Optional<String> check(double value, double perUsd, String words) {
        if (Double.isNaN(value)) {
            return Optional.of("must be a number (was NaN)");
        }
        if (Double.isInfinite(value)) {
            return Optional.of(words + " (was " + (value > 0 ? "infinite, or too large to be a number" : "minus infinite, or too large to be a number") + ")");
        }
        if (!rule.accepts(value, perUsd)) {
            return Optional.of(words + " (was " + Scenario.format(value) + ")");
        }
        if (integer && value != Math.rint(value)) {
            return Optional.of("must be a whole number (was " + Scenario.format(value) + ")");
        }
        return Optional.empty();
    }

    public static Optional<Input> byPath(String path) {
        return Arrays.stream(values()).filter(i -> i.path.equals(path)).findFirst();
    }
}
