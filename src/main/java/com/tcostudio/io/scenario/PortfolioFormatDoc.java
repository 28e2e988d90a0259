package com.tcostudio.io.scenario;

import com.tcostudio.core.model.Scenario;
import com.tcostudio.core.portfolio.Committed;
import com.tcostudio.core.portfolio.Deployment;
import com.tcostudio.core.portfolio.Ids;
import com.tcostudio.core.portfolio.Latency;
import com.tcostudio.core.portfolio.Migration;
import com.tcostudio.core.portfolio.OperatingPoint;
import com.tcostudio.core.portfolio.Plan;
import com.tcostudio.core.portfolio.Portfolio;
import com.tcostudio.core.portfolio.Reservation;
import com.tcostudio.core.portfolio.Workload;

/**
 * The version 2 section of {@code docs/scenario-format.md}, generated from the model's bounds so
 * that the page and the reader cannot disagree. Every field of a part that version 1 already has
 * keeps the rule of the version 1 tables above it.
 */
final class PortfolioFormatDoc {
    private PortfolioFormatDoc() {
    }

    static String markdown() {
        StringBuilder sb = new StringBuilder();
        sb.append("# Version 2: portfolios (`\"schemaVersion\": 2`)\n\n")
                .append("A portfolio has several use cases (`workloads`), the options that can serve them (`apis` and\n")
                .append("self-hosted `deployments`, one id namespace) and the `plans` that route every workload to options.\n")
                .append("Plans are compared in file order; the first is the baseline. Example: `docs/examples/portfolio-uae-three-use-cases.json`\n")
                .append("(three use cases, UAE residency, a shared reserved fleet, a spillover). Version 1 files still open: they\n")
                .append("are read as above and migrated to plans `closed`, `open` and `hybrid` (see the methodology page).\n\n");
        sb.append("## Top level\n\n| field | rule |\n|---|---|\n")
                .append("| `schemaVersion` | 2 |\n")
                .append("| `name` | text, 1 to ").append(Ids.MAX_NAME_LENGTH).append(" characters |\n")
                .append("| `horizonMonths` | whole number of months from 1 to 120 |\n")
                .append("| `currency` | `{\"code\", \"perUsd\"}` as in version 1 |\n")
                .append("| `finance` | the three `finance.*` fields of version 1 |\n")
                .append("| `workloads` | list of 1 to ").append(Portfolio.MAX_WORKLOADS).append(" |\n")
                .append("| `apis` (optional) | list of 0 to ").append(Portfolio.MAX_APIS).append("; absent: none |\n")
                .append("| `deployments` (optional) | list of 0 to ").append(Portfolio.MAX_DEPLOYMENTS).append("; absent: none |\n")
                .append("| `plans` | list of 1 to ").append(Portfolio.MAX_PLANS).append(" |\n")
                .append("| `uncertainty` (optional) | ranges keyed by v2 paths, see below |\n\n")
                .append("Ids (`id` of workloads, APIs, deployments and plans): ").append(idRule()).append("; unique among\n")
                .append("workloads, among targets (APIs and deployments together) and among plans. Names: 1 to ")
                .append(Ids.MAX_NAME_LENGTH).append(" characters.\n")
                .append("Region codes: ISO 3166-1 alpha-2 (`AE`, `SA`, `DE`, ...) or `EU`, each at most once in a list, the list not\n")
                .append("empty (leave the field out for no restriction). They compare literally: `EU` does not cover `DE`.\n\n");
        sb.append("## Workload (`workloads[i]`)\n\n`id`, `name`, the fields of the version 1 **Workload** table (by their last name:\n")
                .append("`inputTokensPerMonth`, ..., `batchShare`), and optionally:\n\n| field | rule |\n|---|---|\n")
                .append("| `residency` | region codes where its data may be processed; absent: anywhere |\n")
                .append("| `minQuality` | from 0 to ").append(fmt(Workload.MAX_QUALITY)).append(" on the catalogue's quality index; absent: any |\n")
                .append("| `latency.minOutputTokensPerSecondPerUser` | from 0 to ").append(fmt(Latency.MAX_TOKENS_PER_SECOND_PER_USER)).append(" |\n")
                .append("| `latency.maxTimeToFirstTokenSeconds` | greater than 0, at most ").append(fmt(Latency.MAX_TIME_TO_FIRST_TOKEN_SECONDS))
                .append("; `latency: {}` is no need (not written back) |\n\n");
        sb.append("## API (`apis[i]`)\n\n`id`, `name`, the fields of the version 1 **Closed API** table, optional `apiModel` (catalogue id, with\n")
                .append("`apiModelAsOf`), and optionally:\n\n| field | rule |\n|---|---|\n")
                .append("| `regions` | region codes where the provider processes data; absent: satisfies no residency |\n")
                .append("| `quality` | from 0 to ").append(fmt(Workload.MAX_QUALITY)).append("; absent: unrated (meets no `minQuality`) |\n")
                .append("| `migration.everyMonths` | whole number from 1 to ").append(Migration.MAX_EVERY_MONTHS).append(" |\n")
                .append("| `migration.personMonths` | from 0 to ").append(fmt(Migration.MAX_PERSON_MONTHS)).append(" |\n")
                .append("| `migration.oneTimeCost` | from 0 to ").append(fmt(Migration.MAX_ONE_TIME_COST)).append(" |\n")
                .append("| `committed.tokensPerMinute` | greater than 0, at most ").append(fmt(Committed.MAX_TOKENS_PER_MINUTE)).append(" |\n")
                .append("| `committed.feePerMonth` | from 0 to ").append(fmt(Committed.MAX_FEE_PER_MONTH)).append(" |\n\n");
        sb.append("## Deployment (`deployments[i]`)\n\n`id`, `name`, the fields of the version 1 **Self-hosted** table and, inside `hosting`, of the\n")
                .append("**Rented GPUs** or **Owned GPUs** table (`hosting.mode` is `rent` or `own`; a field of the other mode is\n")
                .append("refused), optional `servingProfile` and `hosting.gpuOffer` (catalogue ids, with their `...AsOf`). Throughput is\n")
                .append("either `prefillTokensPerSecond` + `decodeTokensPerSecond` or `operatingPoints`, not both, not neither.\n\n")
                .append("| field | rule |\n|---|---|\n")
                .append("| `operatingPoints` | 1 to ").append(Deployment.MAX_OPERATING_POINTS)
                .append(" points, strictly increasing in `outputTokensPerSecondPerUser` |\n")
                .append("| `operatingPoints[k].outputTokensPerSecondPerUser` | from 0 to ").append(fmt(Latency.MAX_TOKENS_PER_SECOND_PER_USER)).append(" |\n")
                .append("| `operatingPoints[k].prefillTokensPerSecond`, `.decodeTokensPerSecond` | greater than 0, at most ")
                .append(fmt(OperatingPoint.MAX_TOKENS_PER_SECOND)).append(" |\n")
                .append("| `operatingPoints[k].timeToFirstTokenSeconds` | greater than 0, at most ").append(fmt(Latency.MAX_TIME_TO_FIRST_TOKEN_SECONDS)).append(" |\n")
                .append("| `fixedReplicas` (optional) | whole number from 0 to ").append(Deployment.MAX_FIXED_REPLICAS)
                .append(": a fixed fleet (plus `redundantReplicas`); `minReplicas` may then be left out |\n")
                .append("| `hosting.amortize` (own, optional) | true or false (default false); always written for owned GPUs |\n")
                .append("| `hosting.autoscale` (rent, optional) | true or false (default false); not with `fixedReplicas`; written only when true |\n")
                .append("| `hosting.reservation.gpus` | whole number from 1 to ").append(Reservation.MAX_GPUS).append(" (rent only) |\n")
                .append("| `hosting.reservation.termMonths` | whole number from 1 to ").append(Reservation.MAX_TERM_MONTHS).append(" |\n")
                .append("| `hosting.reservation.gpuHourly` | from 0 to ").append(fmt(Reservation.MAX_GPU_HOURLY)).append(" |\n")
                .append("| `hosting.reservation.upfrontShare` | from 0 to 1 |\n")
                .append("| `regions` | where it runs; absent: on the user's premises when owned (any residency), else none |\n")
                .append("| `quality` | from 0 to ").append(fmt(Workload.MAX_QUALITY)).append(" |\n\n");
        sb.append("## Plan (`plans[i]`)\n\n`id`, `name`, `routes`: 1 to ").append(Plan.MAX_ROUTES)
                .append(" of `{\"workload\": W, \"to\": T, \"share\": s}`; to a deployment with\n")
                .append("`fixedReplicas` also `\"overflow\": A`, an API without `committed` (required there, refused elsewhere). `share`\n")
                .append("is from 0 to 1; at most one route of a workload may leave it out and takes the rest (`null` is refused: leave\n")
                .append("the field out). Every workload is routed in every plan and its shares sum to 1 (within ")
                .append(fmt(Portfolio.SHARE_SUM_TOLERANCE)).append(").\n\n");
        sb.append("## Uncertainty paths\n\n`workloads.ID.FIELD`, `apis.ID.FIELD` (also `committed.*`, `migration.personMonths`,\n")
                .append("`migration.oneTimeCost`), `deployments.ID.FIELD` (`hosting.*`, `hosting.reservation.gpuHourly`,\n")
                .append("`hosting.reservation.upfrontShare`), `finance.FIELD`, `plans.ID.routes.K.share` (K counts from 0, routes\n")
                .append("with a written share only). Only real-valued fields the file has: counts and months cannot be uncertain.\n\n");
        sb.append("## Catalogue ids in version 2\n\nAs in version 1, per part: `apiModel` fills the API's prices, `servingProfile`\n")
                .append("GPUs per replica and the two throughputs, `hosting.gpuOffer` the hourly price or the purchase figures, each only\n")
                .append("where the file leaves the field out, money converted with `currency.perUsd`. Choices where the methodology is silent:\n\n")
                .append("- `apiModel` also fills `regions` and `quality`, `hosting.gpuOffer` of rented GPUs fills `regions` (an owned\n")
                .append("  GPU's offer says where it is sold, not where it runs), `servingProfile` fills `quality`. The catalogue's\n")
                .append("  `global` is not a region: an entry that says only that fills no regions.\n")
                .append("- A serving profile with measured operating points gives those, not its maximum throughputs, when the file gives\n")
                .append("  neither; beside `operatingPoints` written in the file it fills no throughput.\n")
                .append("- Saving writes the filled values, the ids and the as-of dates: the file gives the same result next year.\n\n");
        sb.append("## How files are refused\n\nEvery problem names the file, the field's path (`plans[2].routes[0].overflow`) and\n")
                .append("the rule; all problems of the parts are listed at once, then (once the parts are right) those of the\n")
                .append("routes, which need the parts. Refused: malformed JSON, anything after the closing brace, a repeated key,\n")
                .append("an unknown field, a missing required one, a wrong type, NaN or infinity, a number outside its rule, a\n")
                .append("`schemaVersion` other than 1 or 2 (a newer one is said to come from a newer TCO Studio), a file over ")
                .append(com.tcostudio.io.BoundedFiles.MAX_BYTES / (1024 * 1024)).append(" MiB.\n")
                .append("Reading a saved file and saving it again gives the same bytes.\n");
        return sb.toString();
    }

    private static String idRule() {
        return "1 to 40 lower-case letters, digits or dashes, starting with a letter or digit (`" + Ids.PATTERN.pattern() + "`)";
    }

    private static String fmt(double v) {
        return Scenario.format(v);
    }
}
