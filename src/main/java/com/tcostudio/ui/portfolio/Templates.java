package com.tcostudio.ui.portfolio;

import java.util.List;

/**
 * The portfolios File > New from template offers, shipped in {@code pricing-data/templates/}; the
 * first is the built-in default a new window opens on.
 */
public final class Templates {
    /** A template: its file in the application's resources and the words the menu shows. */
    public record Template(String resource, String title) {
    }

    public static final String FOLDER = "pricing-data/templates/";

    public static final List<Template> ALL = List.of(
            new Template(FOLDER + "internal-assistant-2000-seats.json", "Internal assistant, 2,000 seats (mostly API)"),
            new Template(FOLDER + "gulf-bank-residency.json", "Regulated Gulf bank (customer data in AE or SA)"),
            new Template(FOLDER + "saas-high-growth.json", "High-growth SaaS platform (spillover hybrid)"),
            new Template(FOLDER + "nightly-document-batch.json", "Nightly document batch"),
            new Template(FOLDER + "coding-agent-company.json", "Coding-agent company"));

    private Templates() {
    }

    /** The built-in default: the first template. */
    public static Template builtInDefault() {
        return ALL.get(0);
    }
}
