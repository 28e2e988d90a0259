package com.tcostudio.io.scenario;

import com.tcostudio.core.model.CatalogueSlot;
import com.tcostudio.core.model.Currency;
import com.tcostudio.core.model.Scenario;
import com.tcostudio.io.BoundedFiles;
import com.tcostudio.core.model.Input;
import com.tcostudio.core.model.Section;

/**
 * The reference of the scenario file's fields, generated from the {@link Input} registry so that
 * docs/scenario-format.md cannot drift from what the reader accepts (a test compares them).
 */
public final class ScenarioFormatDoc {
    private ScenarioFormatDoc() {
    }

    public static String markdown() {
        StringBuilder sb = new StringBuilder();
        sb.append("# Scenario file reference\n\n")
                .append("Generated from the code (`ScenarioFormatDoc`); `ScenarioFormatDocTest` fails when it is out of date.\n")
                .append("A scenario file is JSON with `\"schemaVersion\": 1`, a `name`, and the fields below. Money is in the\n")
                .append("scenario's currency (`currency.code`, ISO 4217; `currency.perUsd` converts catalogue prices, which are USD).\n")
                .append("Every field is required unless marked optional. Unknown fields are refused.\n\n")
                .append("Every number must lie in the range of its rule below. The ranges are the method's own limits (a share\n")
                .append("lies in 0..1) narrowed to plausible values, chosen generously above any real case: a value outside is\n")
                .append("taken for a typo and refused, and with every input in range no result can overflow. Money bounds are\n")
                .append("written in USD and scale with `currency.perUsd`, which must be from ").append(Scenario.format(Currency.MIN_PER_USD))
                .append(" to ").append(String.format(java.util.Locale.ROOT, "%,d", (long) Currency.MAX_PER_USD))
                .append("\n(a price of at most 10,000 USD per MTok is at most 160,000,000 in a currency at 16,000 per USD).\n")
                .append("Whole-number fields must be whole numbers in range. A range in `uncertainty` must lie within its field's rule\n")
                .append("(low, mode and high; for normal and lognormal, the 5th and 95th percentiles).\n\n")
                .append("The file must be UTF-8 JSON holding one object and nothing after it (no second object, text or NUL bytes),\n")
                .append("a regular file (not a pipe or device) of at most ").append(BoundedFiles.MAX_BYTES / (1024 * 1024))
                .append(" MiB. Control characters are not allowed in `name`.\n\n");
        section(sb, "Scenario and finance", Section.SCENARIO, Section.FINANCE);
        section(sb, "Workload", Section.WORKLOAD);
        section(sb, "Closed API (`closed`)", Section.CLOSED);
        section(sb, "Self-hosted (`open`)", Section.OPEN);
        section(sb, "Rented GPUs (`open.hosting`, `\"mode\": \"rent\"`)", Section.RENT);
        section(sb, "Owned GPUs (`open.hosting`, `\"mode\": \"own\"`, optional `\"amortize\": true` for the accrual view)", Section.OWN);
        section(sb, "Hybrid, fixed share (`hybrid`, `\"policy\": \"share\"`; the whole section is optional)", Section.HYBRID_SHARE);
        section(sb, "Hybrid, spillover (`hybrid`, `\"policy\": \"spillover\"`)", Section.HYBRID_SPILLOVER);
        sb.append("## Catalogue ids\n\n| field | fills | as-of date saved in |\n|---|---|---|\n");
        for (CatalogueSlot slot : CatalogueSlot.values()) {
            StringBuilder fills = new StringBuilder();
            for (Input i : slot.fills()) {
                fills.append(fills.length() == 0 ? "" : ", ").append('`').append(i.fieldName()).append('`');
            }
            sb.append("| `").append(slot.path()).append("` | ").append(fills).append(" | `").append(slot.asOfPath()).append("` |\n");
        }
        sb.append("\nA number written in the file always wins over the catalogue.\n\n")
                .append("## Uncertainty (optional)\n\n`\"uncertainty\": {\"<path>\": {\"dist\": \"uniform|triangular|pert|normal|lognormal\", ")
                .append("\"low\": x, \"mode\": x, \"high\": x}}`: `mode` only for triangular and PERT; for normal and ")
                .append("lognormal, low and high are the 5th and 95th percentiles. Whole-number fields cannot be uncertain.\n");
        sb.append('\n').append(PortfolioFormatDoc.markdown());
        return sb.toString();
    }

    private static void section(StringBuilder sb, String title, Section... sections) {
        sb.append("## ").append(title).append("\n\n| field | unit | rule | meaning |\n|---|---|---|---|\n");
        for (Input i : Input.values()) {
            for (Section s : sections) {
                if (i.section() == s) {
                    sb.append("| `").append(i.path()).append('`').append(i.isOptional() ? " (optional)" : "")
                            .append(" | ").append(i.unit().label("CUR")).append(" | ").append(i.rule().words())
                            .append(i.isInteger() && !i.rule().words().contains("whole number") ? ", whole number" : "").append(" | ").append(i.help()).append(" |\n");
                }
            }
        }
        sb.append('\n');
    }
}
