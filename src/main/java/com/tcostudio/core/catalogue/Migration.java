package com.tcostudio.core.catalogue;

/**
 * How often a provider forces a move to a newer model (METHODOLOGY-V2, "Contracts", model
 * migration): the sourced default of {@code migration.everyMonths} for an API on this model.
 */
public record Migration(int everyMonths) {
    public Migration {
        Checks.atLeast("migration.everyMonths", everyMonths, 1);
    }
}
