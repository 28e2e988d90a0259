package com.tcostudio.core.catalogue;

import java.time.LocalDate;

/**
 * A model's score on the catalogue's quality index (LMArena's text arena rating, see
 * {@code pricing-data/README.md}), with the day it was published and where. Absent on an entry the
 * index does not rate: a score is never guessed.
 *
 * @param score  the rating, on the index's own scale
 * @param source the published file or page it was read from
 * @param asOf   the day the index published this rating
 */
public record QualityScore(double score, String source, LocalDate asOf) {
    /** The range of a plausible arena rating; anything outside is a typing error, not a model. */
    public static final double MIN = 0;
    public static final double MAX = 5000;

    public QualityScore {
        Checks.atLeast("quality", score, MIN);
        if (score > MAX) {
            throw new InvalidCatalogueEntryException("quality", "must be at most " + Checks.format(MAX)
                    + " on the arena rating scale (was " + Checks.format(score) + ")");
        }
        Checks.text("qualitySource", source);
        Checks.notNull("qualityAsOf", asOf);
    }
}
