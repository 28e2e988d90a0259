package com.tcostudio.cli;

import com.tcostudio.core.portfolio.Plan;
import com.tcostudio.core.portfolio.Portfolio;
import picocli.CommandLine.Option;

import java.util.stream.Collectors;

/**
 * {@code --plan A --against B} of the commands that compare two plans of a portfolio
 * (METHODOLOGY-V2: by default the second plan against the first, the baseline).
 */
final class PlanChoice {
    @Option(names = "--plan", paramLabel = "A", description = "Plan A, by its id in a version 2 file (default: the "
            + "second plan). Reports TCO(A) - TCO(B). On a version 1 file, works on its migrated plans closed, open, hybrid.")
    String plan;

    @Option(names = "--against", paramLabel = "B", description = "Plan B, by its id (default: the first plan, the baseline).")
    String against;

    /** Whether either option was given (a version 1 file then gets the version 2 output). */
    boolean given() {
        return plan != null || against != null;
    }

    /** Plan A's and plan B's indices in the portfolio; a missing or repeated plan in words. */
    int[] resolve(Portfolio p, String file) throws TcoCli.BadInputException {
        if (p.plans().size() < 2) {
            throw new TcoCli.BadInputException(file + ": plans: has one plan (\"" + p.plans().get(0).id()
                    + "\"); comparing plans needs two");
        }
        int a = plan == null ? 1 : index(p, "--plan", plan, file);
        int b = against == null ? 0 : index(p, "--against", against, file);
        if (a == b) {
            throw new TcoCli.BadInputException("--against: names the same plan as --plan (\"" + p.plans().get(a).id()
                    + "\"); choose two different plans");
        }
        return new int[]{a, b};
    }

    private static int index(Portfolio p, String option, String id, String file) throws TcoCli.BadInputException {
        int i = p.planIndex(id);
        if (i < 0) {
            throw new TcoCli.BadInputException(option + ": \"" + id + "\" names no plan of " + file + " (its plans: "
                    + p.plans().stream().map(Plan::id).collect(Collectors.joining(", ")) + ")");
        }
        return i;
    }
}
