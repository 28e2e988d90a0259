#!/usr/bin/env python3
"""Fixtures for cross-checking the cost model v2: v1 scenarios migrated by the contract's rule, and
random valid portfolios that exercise every v2 feature (pooled fleets, fixed fleets with overflow,
operating points at a latency target, autoscale, reservations, committed capacity, migration,
residency, quality). Written from the contract's text, independently of the Java code.

    python3 src/test/python/portfolio_fixtures.py migrate V1.json > V2.json
    python3 src/test/python/portfolio_fixtures.py random SEED > PORTFOLIO.json
    python3 src/test/python/portfolio_fixtures.py check-v1 GOLDEN_DIR     (reference v2 on migrated v1 goldens)
"""
import copy
import glob
import json
import os
import random
import sys

WORKLOAD_KEYS = ["inputTokensPerMonth", "outputTokensPerMonth", "monthlyGrowth", "plateauTokensPerMonth",
                 "peakToAverage", "cachedInputShare", "batchShare"]


def migrate_v1(sc):
    wl = {k: v for k, v in sc["workload"].items() if k in WORKLOAD_KEYS and v is not None}
    closed = {k: v for k, v in sc["closed"].items() if v is not None and not k.startswith("apiModel")}
    open_ = {k: v for k, v in sc["open"].items() if v is not None and not k.startswith("servingProfile")}
    open_["hosting"] = {k: v for k, v in open_["hosting"].items() if not k.startswith("gpuOffer")}
    pf = {"schemaVersion": 2, "name": sc["name"], "horizonMonths": sc["horizonMonths"], "currency": sc["currency"],
          "finance": sc["finance"],
          "workloads": [dict(id="main", name="Workload", **wl)],
          "apis": [dict(id="closed", name="Closed API", **closed)],
          "deployments": [dict(id="open", name="Self-hosted", **open_)],
          "plans": [{"id": "closed", "name": "Closed API", "routes": [{"workload": "main", "to": "closed"}]},
                    {"id": "open", "name": "Self-hosted", "routes": [{"workload": "main", "to": "open"}]}]}
    hy = sc.get("hybrid")
    if hy:
        if hy["policy"] == "share":
            s = hy["selfHostedShare"]
            routes = [{"workload": "main", "to": "open", "share": s}, {"workload": "main", "to": "closed", "share": 1 - s}]
        else:
            fixed = dict(copy.deepcopy(open_), id="open-spillover", name="Self-hosted (fixed fleet)",
                         fixedReplicas=hy["selfHostedReplicas"])
            pf["deployments"].append(fixed)
            routes = [{"workload": "main", "to": "open-spillover", "overflow": "closed"}]
        pf["plans"].append({"id": "hybrid", "name": "Hybrid", "routes": routes})
    return pf


def check_v1(golden_dir):
    """The reference v2 on every migrated v1 golden must give the v1 golden numbers."""
    sys.path.insert(0, os.path.dirname(__file__))
    import reference_portfolio as ref
    worst = 0.0
    for path in sorted(glob.glob(os.path.join(golden_dir, "*.scenario.json"))):
        exp_path = path.replace(".scenario.json", ".expected.json")
        if not os.path.exists(exp_path):
            continue
        v1 = json.load(open(path))
        exp = json.load(open(exp_path))
        got = ref.evaluate(migrate_v1(v1))
        for setup, s in exp["setups"].items():
            p = got["plans"][setup]
            for key in ["total", "cumulative", "discounted"]:
                worst = max(worst, rel(s[key], p[key]))
            for cat, vals in s["categories"].items():
                worst = max(worst, rel(vals, p["categories"][cat]))
            worst = max(worst, rel([s["tco"], s["npv"]], [p["tco"], p["npv"]]))
            if "replicas" in s:
                dep = "open-spillover" if setup == "hybrid" and "open-spillover" in p["deployments"] else "open"
                d = p["deployments"][dep]
                worst = max(worst, rel(s["replicas"], d["replicas"]), rel(s["idleCapacity"], d["idleCapacity"]))
        pairs = {"openVsClosed": ("open", "closed"), "hybridVsClosed": ("hybrid", "closed")}
        for name, (a, b) in pairs.items():
            e = exp["breakEven"].get(name)
            if e is None:
                continue
            g = next(x for x in got["breakEven"] if x["a"] == a and x["b"] == b)
            for key in ["month", "discountedMonth"]:
                if (e[key] is None) != (g[key] is None):
                    raise AssertionError(f"{path}: {name}.{key} {e[key]} vs {g[key]}")
                if e[key] is not None:
                    worst = max(worst, rel([e[key]], [g[key]]))
        bev = exp["breakEvenVolume"]
        g = next(x for x in got["breakEven"] if x["a"] == "open" and x["b"] == "closed")["scale"]
        tot1 = v1["workload"]["inputTokensPerMonth"] + v1["workload"]["outputTokensPerMonth"]
        for key in ["first", "sustained"]:
            ev, gv = bev[key], g[key]
            if ev is not None and gv is not None:
                worst = max(worst, rel([ev], [gv * tot1]))
            print(f"{os.path.basename(path)} volume {key}: v1 {ev} v2 scale*tokens {None if gv is None else gv * tot1}")
        print(f"{os.path.basename(path)}: worst relative difference so far {worst:.2e}")
    return worst


def rel(a, b):
    w = 0.0
    for x, y in zip(a, b):
        if x is None or y is None:
            if (x is None) != (y is None):
                return float("inf")
            continue
        w = max(w, abs(x - y) / max(1.0, abs(x), abs(y)))
    return w


def random_portfolio(seed):
    rnd = random.Random(seed)
    H = rnd.choice([1, 6, 12, 24, 36, 60])
    regions = ["AE", "SA", "US", "DE", "EU"]
    n_w = rnd.randint(1, 4)
    workloads = []
    for i in range(n_w):
        w = {"id": f"w{i}", "name": f"Workload {i}",
             "inputTokensPerMonth": rnd.choice([0, 1e6, 5e8, 2e9, 3e10]),
             "outputTokensPerMonth": rnd.choice([0, 2e5, 1e8, 5e8, 4e9]),
             "monthlyGrowth": rnd.choice([0, 0.02, 0.08, -0.03]),
             "peakToAverage": rnd.choice([1, 2.5, 4]),
             "cachedInputShare": rnd.choice([0, 0.3]),
             "batchShare": rnd.choice([0, 0.2])}
        if rnd.random() < 0.3:
            w["plateauTokensPerMonth"] = rnd.choice([1e9, 5e9])
        if rnd.random() < 0.4:
            w["residency"] = rnd.sample(regions, rnd.randint(1, 2))
        if rnd.random() < 0.3:
            w["minQuality"] = rnd.choice([40, 55, 70])
        if rnd.random() < 0.5:
            lat = {}
            if rnd.random() < 0.7:
                lat["minOutputTokensPerSecondPerUser"] = rnd.choice([5, 20, 45, 90])
            if rnd.random() < 0.5:
                lat["maxTimeToFirstTokenSeconds"] = rnd.choice([0.3, 1, 3])
            w["latency"] = lat
        workloads.append(w)
    apis = []
    for i in range(rnd.randint(1, 3)):
        a = {"id": f"api{i}", "name": f"API {i}", "inputPerMTok": rnd.choice([0.15, 1.25, 3]),
             "outputPerMTok": rnd.choice([0.6, 10, 15]), "batchDiscount": rnd.choice([0, 0.5]),
             "annualPriceChange": rnd.choice([0, -0.2]), "platformFeePerMonth": rnd.choice([0, 500]),
             "integrationFte": rnd.choice([0, 0.1])}
        if rnd.random() < 0.5:
            a["cachedInputPerMTok"] = a["inputPerMTok"] / 10
        if rnd.random() < 0.6:
            a["regions"] = rnd.sample(regions, rnd.randint(1, 2))
        if rnd.random() < 0.7:
            a["quality"] = rnd.choice([45, 60, 75])
        if rnd.random() < 0.3:
            a["migration"] = {"everyMonths": rnd.choice([6, 12]), "personMonths": 1, "oneTimeCost": rnd.choice([0, 5000])}
        if rnd.random() < 0.25:
            a["committed"] = {"tokensPerMinute": rnd.choice([1e4, 2e5, 5e6]), "feePerMonth": rnd.choice([2000, 30000])}
        apis.append(a)
    deps = []
    for i in range(rnd.randint(0, 3)):
        own = rnd.random() < 0.3
        d = {"id": f"dep{i}", "name": f"Deployment {i}", "gpusPerReplica": rnd.choice([1, 2, 8]),
             "targetUtilization": rnd.choice([0.5, 0.7, 1.0]), "minReplicas": rnd.choice([0, 1, 2]),
             "redundantReplicas": rnd.choice([0, 1]), "annualGpuPriceChange": rnd.choice([0, -0.15]),
             "baseFte": rnd.choice([0, 0.5]), "ftePerGpu": rnd.choice([0, 0.02]),
             "setupPersonMonths": rnd.choice([0, 3]), "setupOneTimeCost": rnd.choice([0, 10000]),
             "upgradeEveryMonths": rnd.choice([0, 6]), "upgradePersonMonths": 0.5,
             "toolingPerMonth": rnd.choice([0, 1000]), "otherPerMonth": rnd.choice([0, 200])}
        if rnd.random() < 0.5:
            n = rnd.randint(1, 4)
            us = sorted(rnd.sample([0, 10, 25, 40, 60, 100], n))
            d["operatingPoints"] = [{"outputTokensPerSecondPerUser": u,
                                     "prefillTokensPerSecond": 40000 / (1 + u / 20),
                                     "decodeTokensPerSecond": 6000 / (1 + u / 30),
                                     "timeToFirstTokenSeconds": rnd.choice([0.2, 0.5, 1.5, 4])} for u in us]
        else:
            d["prefillTokensPerSecond"] = rnd.choice([8000, 20000])
            d["decodeTokensPerSecond"] = rnd.choice([1500, 3000])
        if own:
            d["hosting"] = {"mode": "own", "capexPerGpu": 35000, "depreciationMonths": rnd.choice([12, 36]),
                            "amortize": rnd.random() < 0.5, "residualShare": 0.1, "maintenancePerYear": 0.05,
                            "powerWattsPerGpu": 1000, "pue": 1.3, "energyPerKwh": 0.12, "colocationPerGpuMonth": 150}
        else:
            d["hosting"] = {"mode": "rent", "gpuHourly": rnd.choice([1.9, 2.5, 4])}
        fixed = rnd.random() < 0.3
        if fixed:
            d["fixedReplicas"] = rnd.choice([0, 1, 3])
        if not own and not fixed and rnd.random() < 0.3:
            d["hosting"]["autoscale"] = True
        if not own and rnd.random() < 0.3:
            d["hosting"]["reservation"] = {"gpus": rnd.choice([1, 4, 16]), "termMonths": rnd.choice([5, 12, 36]),
                                           "gpuHourly": 1.6, "upfrontShare": rnd.choice([0, 0.5, 1])}
        if rnd.random() < 0.5:
            d["regions"] = rnd.sample(regions, rnd.randint(1, 2))
        if rnd.random() < 0.5:
            d["quality"] = rnd.choice([45, 60])
        deps.append(d)
    free_apis = [a["id"] for a in apis if "committed" not in a]
    targets = [a["id"] for a in apis] + [d["id"] for d in deps if "fixedReplicas" not in d]
    if free_apis:
        targets += [d["id"] for d in deps if "fixedReplicas" in d]
    plans = []
    for p in range(rnd.randint(1, 4)):
        routes = []
        for w in workloads:
            k = rnd.randint(1, 2)
            chosen = [rnd.choice(targets) for _ in range(k)]
            shares = [1.0] if k == 1 else [0.35, None]
            if k == 2 and rnd.random() < 0.3:
                shares = [0.0, 1.0]
            for t, s in zip(chosen, shares):
                r = {"workload": w["id"], "to": t}
                if s is not None:
                    r["share"] = s
                dep = next((d for d in deps if d["id"] == t), None)
                if dep is not None and "fixedReplicas" in dep:
                    r["overflow"] = rnd.choice(free_apis)
                routes.append(r)
        plans.append({"id": f"plan{p}", "name": f"Plan {p}", "routes": routes})
    return {"schemaVersion": 2, "name": f"Random portfolio {seed}", "horizonMonths": H,
            "currency": {"code": "USD", "perUsd": 1.0},
            "finance": {"annualDiscountRate": 0.08, "salaryGrowthPerYear": 0.03, "loadedAnnualCostPerFte": 200000},
            "workloads": workloads, "apis": apis, "deployments": deps, "plans": plans}


if __name__ == "__main__":
    cmd = sys.argv[1]
    if cmd == "migrate":
        print(json.dumps(migrate_v1(json.load(open(sys.argv[2]))), indent=1))
    elif cmd == "random":
        print(json.dumps(random_portfolio(int(sys.argv[2])), indent=1))
    elif cmd == "check-v1":
        w = check_v1(sys.argv[2])
        sys.exit(0 if w < 1e-9 else 1)
