package com.tcostudio.report;

import com.tcostudio.core.engine.BreakEven;
import com.tcostudio.core.engine.BreakEvenVolume;
import com.tcostudio.core.engine.Evaluation;
import com.tcostudio.core.engine.Pair;
import com.tcostudio.core.engine.Setup;
import com.tcostudio.core.engine.SetupResult;
import com.tcostudio.core.uncertainty.SimulationResult;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The summary of an evaluation in words and figures, for the cards above the charts and the
 * report's summary page. Everything is read from the engine's breakdown.
 */
public final class Summary {

    /** One card: a title, the figure, and a line under it. */
    public record Card(String title, String value, String detail) {
    }

    private Summary() {
    }

    public static List<Card> cards(Evaluation e) {
        String cur = e.scenario().currency().code();
        int h = e.months();
        List<Card> cards = new ArrayList<>();
        for (SetupResult r : e.setups().values()) {
            cards.add(new Card(r.setup().label() + " TCO", Formats.compactMoney(r.tco(), cur),
                    "NPV " + Formats.compactMoney(r.npv(), cur) + " over " + h + " months"));
        }
        Setup cheapest = e.cheapest();
        cards.add(new Card("Cheapest over " + h + " months", cheapest.label(), savingLine(e, cheapest)));
        cards.add(new Card("Self-hosted pays off vs API", breakEvenHeadline(e, Pair.OPEN_VS_CLOSED),
                breakEvenDetail(e, Pair.OPEN_VS_CLOSED)));
        if (e.has(Setup.HYBRID)) {
            cards.add(new Card("Hybrid pays off vs API", breakEvenHeadline(e, Pair.HYBRID_VS_CLOSED),
                    breakEvenDetail(e, Pair.HYBRID_VS_CLOSED)));
        }
        BreakEvenVolume v = e.breakEvenVolume();
        cards.add(new Card("Break-even volume", Double.isNaN(v.first()) ? "none" : Formats.compact(v.first()),
                Double.isNaN(v.first()) ? "self-hosting is dearer at every volume up to 1e15 tokens"
                        : Double.isNaN(v.sustained()) ? "self-hosting does not stay cheaper at larger volumes"
                        : v.sustained() == v.first() ? "tokens/month; no dearer at any larger volume (month-1 prices)"
                        : "tokens/month; cheaper for good only from " + Formats.tokensPerMonth(v.sustained())));
        SetupResult open = e.setup(Setup.OPEN);
        cards.add(new Card("Hidden cost of self-hosting", Formats.percent(open.hiddenCostShare()),
                "operations staff, setup, upgrades and idle GPUs, as a share of its TCO"));
        return cards;
    }

    /**
     * The Monte Carlo in two cards: how likely self-hosting (and hybrid) is cheaper, and the spread
     * of the break-even month. (The spread of each TCO is drawn as bands on the cumulative chart.)
     */
    public static List<Card> uncertaintyCards(SimulationResult r) {
        String cases = "in " + Formats.count(r.samples()) + " simulated cases over " + r.months() + " months";
        Card chance = new Card("Chance self-hosting is cheaper", Formats.probability(r.probabilityCheaperThanClosed(Setup.OPEN)),
                cases + (r.setups().contains(Setup.HYBRID)
                        ? "; hybrid: " + Formats.probability(r.probabilityCheaperThanClosed(Setup.HYBRID)) : ""));
        SimulationResult.Summary be = r.breakEvenMonth();
        Card spread = be == null
                ? new Card("Break-even month, P10-P90", "never", "self-hosting pays off in none of the cases")
                : new Card("Break-even month, P10-P90", Formats.oneDecimal(be.p10()) + " - " + Formats.oneDecimal(be.p90()),
                "median " + Formats.month(be.p50()) + "; never within " + r.months() + " months in "
                        + Formats.probability(r.noBreakEvenShare()) + " of cases");
        return List.of(chance, spread);
    }

    /** The verdict in one sentence, e.g. "Self-hosting pays off in month 14.3 ...". */
    public static String verdict(Evaluation e) {
        String cur = e.scenario().currency().code();
        Setup cheapest = e.cheapest();
        StringBuilder sb = new StringBuilder();
        sb.append(cheapest.label()).append(" is the cheapest over ").append(e.months()).append(" months (TCO ")
                .append(Formats.money(e.setup(cheapest).tco(), cur)).append("). ");
        sb.append(breakEvenSentence(e, Pair.OPEN_VS_CLOSED));
        return sb.toString();
    }

    static String breakEvenSentence(Evaluation e, Pair pair) {
        Optional<BreakEven> be = e.breakEven(pair);
        if (be.isEmpty()) {
            return "";
        }
        String a = pair.a().label();
        String b = pair.b().label();
        BreakEven x = be.get();
        if (!x.found()) {
            return a + " stays dearer than " + b + " throughout.";
        }
        if (x.month() == 0) {
            boolean endsDearer = !x.crossings().isEmpty() && !x.crossings().get(x.crossings().size() - 1).aCheaper();
            return endsDearer ? a + " starts no dearer than " + b + " but ends dearer." : a + " is no dearer than " + b + " from the start.";
        }
        return a + " pays off against " + b + " in " + Formats.month(x.month()) + " (discounted: "
                + (Double.isNaN(x.discountedMonth()) ? "never" : Formats.month(x.discountedMonth())) + ").";
    }

    private static String breakEvenHeadline(Evaluation e, Pair pair) {
        return breakEvenHeadline(e.breakEven(pair).orElseThrow());
    }

    /** A break-even in a few words: "month 14.3", "from the start", "never". */
    static String breakEvenHeadline(BreakEven x) {
        if (!x.found()) {
            return "never";
        }
        if (x.month() == 0) {
            boolean endsDearer = !x.crossings().isEmpty() && !x.crossings().get(x.crossings().size() - 1).aCheaper();
            return endsDearer ? "never" : "from the start";
        }
        return Formats.month(x.month());
    }

    private static String breakEvenDetail(Evaluation e, Pair pair) {
        BreakEven x = e.breakEven(pair).orElseThrow();
        String discounted = Double.isNaN(x.discountedMonth()) ? "never" : Formats.month(x.discountedMonth());
        int ups = (int) x.crossings().stream().filter(c -> !c.aCheaper()).count();
        return "discounted: " + discounted + (ups > 0 ? "; dearer again " + ups + (ups == 1 ? " time" : " times")
                + " (upgrades, new GPUs)" : "");
    }

    private static String savingLine(Evaluation e, Setup cheapest) {
        String cur = e.scenario().currency().code();
        double best = e.setup(cheapest).tco();
        double next = Double.POSITIVE_INFINITY;
        Setup runnerUp = null;
        for (SetupResult r : e.setups().values()) {
            if (r.setup() != cheapest && r.tco() < next) {
                next = r.tco();
                runnerUp = r.setup();
            }
        }
        return runnerUp == null ? "" : Formats.compactMoney(next - best, cur) + " less than " + runnerUp.label();
    }
}
