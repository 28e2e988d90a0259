#!/usr/bin/env python3
"""Independent reference implementation of METHODOLOGY.md (cost model v1), written from the text
alone, deliberately naive (quadratic loops, step-by-step volume search) so that it shares no
structure with the Java engine. It produced the golden files under src/test/resources/golden/;
the build does not need Python.

    python3 src/test/python/reference_model.py SCENARIO.json > EXPECTED.json

Scenario files must carry resolved numbers (no catalogue lookups here)."""
import json
import math
import sys

S = 730 * 3600
CATS = ["apiUsage", "apiPlatform", "integration", "compute", "power", "colocation", "maintenance",
        "residual", "ops", "setup", "upgrades", "tooling", "other"]


def evaluate(sc):
    H = sc["horizonMonths"]
    fin, wl, cl, op = sc["finance"], sc["workload"], sc["closed"], sc["open"]
    ho = op["hosting"]
    hy = sc.get("hybrid")
    r = fin["annualDiscountRate"]
    monthly_rate = (1 + r) ** (1 / 12) - 1

    def fte(m):
        t = m - 1
        return fin["loadedAnnualCostPerFte"] / 12 * (1 + fin["salaryGrowthPerYear"]) ** (t // 12)

    I, O = [], []
    for m in range(1, H + 1):
        g = (1 + wl["monthlyGrowth"]) ** (m - 1)
        i, o = wl["inputTokensPerMonth"] * g, wl["outputTokensPerMonth"] * g
        cap = wl.get("plateauTokensPerMonth")
        if cap is not None and i + o > cap:
            i, o = i * cap / (i + o), o * cap / (i + o)
        I.append(i)
        O.append(o)
    P, c, b = wl["peakToAverage"], wl["cachedInputShare"], wl["batchShare"]
    cached_price = cl.get("cachedInputPerMTok")
    if cached_price is None:
        cached_price = cl["inputPerMTok"]

    def closed_side(Is, Os):
        out = {k: [0.0] * H for k in CATS}
        for m in range(1, H + 1):
            pf = (1 + cl["annualPriceChange"]) ** ((m - 1) / 12)
            i, o = Is[m - 1], Os[m - 1]
            out["apiUsage"][m - 1] = pf * (1 - b * cl["batchDiscount"]) / 1e6 * (
                i * (1 - c) * cl["inputPerMTok"] + i * c * cached_price + o * cl["outputPerMTok"])
            out["apiPlatform"][m - 1] = cl["platformFeePerMonth"]
            out["integration"][m - 1] = cl["integrationFte"] * fte(m)
        return out, [0.0] * H

    def open_side(Is, Os, fixed=None):
        out = {k: [0.0] * H for k in CATS}
        once = [0.0] * H
        reps, gpus_l, util, idle = [], [], [], []
        own = ho["mode"] == "own"
        fleet_prev = 0
        purchases = {}
        loads = []
        for m in range(1, H + 1):
            t = m - 1
            load = Is[t] / (S * op["prefillTokensPerSecond"]) + Os[t] / (S * op["decodeTokensPerSecond"])
            loads.append(load)
            if fixed is None:
                rep = max(op["minReplicas"], math.ceil(P * load / op["targetUtilization"] - 1e-9)) + op["redundantReplicas"]
            else:
                rep = fixed + op["redundantReplicas"]
            gpus = rep * op["gpusPerReplica"]
            reps.append(rep)
            gpus_l.append(gpus)
            util.append(load / rep if rep > 0 else 0.0)
            gf = (1 + op["annualGpuPriceChange"]) ** (t / 12)
            if not own:
                compute = gpus * ho["gpuHourly"] * 730 * gf
                out["compute"][t] = compute
                busy = load / rep if rep > 0 else 0.0
                idle.append(compute * (1 - busy))
                units = gpus
            else:
                fleet = max(fleet_prev, gpus)
                purchases[m] = (fleet - fleet_prev) * ho["capexPerGpu"] * gf
                fleet_prev = fleet
                dep, rs = ho["depreciationMonths"], ho["residualShare"]
                depn = sum(p * (1 - rs) / dep for k, p in purchases.items() if m < k + dep)
                book_start = sum(p * (1 - (1 - rs) * min(1, (m - 1 - k + 1) / dep)) for k, p in purchases.items())
                accrual = depn + monthly_rate * book_start
                power = fleet * ho["powerWattsPerGpu"] / 1000 * ho["pue"] * 730 * ho["energyPerKwh"]
                colo = fleet * ho["colocationPerGpuMonth"]
                maint = sum(purchases.values()) * ho["maintenancePerYear"] / 12
                out["compute"][t] = accrual if ho.get("amortize", False) else purchases[m]
                if not ho.get("amortize", False):
                    once[t] += purchases[m]
                out["power"][t], out["colocation"][t], out["maintenance"][t] = power, colo, maint
                su = fleet / op["gpusPerReplica"]
                busy = load / su if su > 0 else 0.0
                idle.append((accrual + power + colo + maint) * (1 - busy))
                units = fleet
            out["ops"][t] = (op["baseFte"] + op["ftePerGpu"] * units) * fte(m)
            if m == 1:
                out["setup"][t] = op["setupPersonMonths"] * fte(1) + op["setupOneTimeCost"]
            ue = op["upgradeEveryMonths"]
            if ue > 0 and t > 0 and t % ue == 0:
                out["upgrades"][t] = op["upgradePersonMonths"] * fte(m)
            out["tooling"][t] = op["toolingPerMonth"]
            out["other"][t] = op["otherPerMonth"]
            once[t] += out["setup"][t] + out["upgrades"][t]
        if own and not ho.get("amortize", False):
            dep, rs = ho["depreciationMonths"], ho["residualShare"]
            out["residual"][H - 1] = -sum(p * (1 - (1 - rs) * min(1, (H - k + 1) / dep)) for k, p in purchases.items())
        return out, once, dict(replicas=reps, gpus=gpus_l, utilization=util, idleCapacity=idle)

    def finish(cats, extra=None):
        total = [sum(cats[k][t] for k in CATS) for t in range(H)]
        cum, acc = [], 0.0
        for x in total:
            acc += x
            cum.append(acc)
        disc = [total[t] / (1 + monthly_rate) ** t for t in range(H)]
        cpm = [total[t] / ((I[t] + O[t]) / 1e6) if I[t] + O[t] > 0 else None for t in range(H)]
        s = dict(total=total, cumulative=cum, discounted=disc, tco=cum[-1], npv=sum(disc), costPerMTok=cpm,
                 categories=cats)
        if extra:
            s.update(extra)
        return s

    setups, onces = {}, {}
    cc, onces["closed"] = closed_side(I, O)
    setups["closed"] = finish(cc)
    oc, onces["open"], ox = open_side(I, O)
    setups["open"] = finish(oc, ox)
    if hy:
        if hy["policy"] == "share":
            s_ = hy["selfHostedShare"]
            phis = [s_] * H
            fixed = None
        else:
            fixed = hy["selfHostedReplicas"]
            phis = []
            for t in range(H):
                lp = P * (I[t] / (S * op["prefillTokensPerSecond"]) + O[t] / (S * op["decodeTokensPerSecond"]))
                phis.append(1.0 if lp == 0 else min(1, fixed * op["targetUtilization"] / lp))
        hc_open, once_h, hx = open_side([phis[t] * I[t] for t in range(H)], [phis[t] * O[t] for t in range(H)], fixed)
        hc_closed, _ = closed_side([(1 - phis[t]) * I[t] for t in range(H)], [(1 - phis[t]) * O[t] for t in range(H)])
        hc = {k: [hc_open[k][t] + hc_closed[k][t] for t in range(H)] for k in CATS}
        setups["hybrid"] = finish(hc, hx)
        onces["hybrid"] = once_h

    def crossings(costA, onceA, costB, onceB):
        res = []
        dprev = 0.0
        cumA = cumB = 0.0
        e1 = None
        for m in range(1, H + 1):
            e = dprev + onceA[m - 1] - onceB[m - 1]
            cumA += costA[m - 1]
            cumB += costB[m - 1]
            d = cumA - cumB
            if m == 1:
                e1 = e
            else:
                if dprev > 0 and e <= 0:
                    res.append((m - 1, True))
                if dprev <= 0 and e > 0:
                    res.append((m - 1, False))
            if e > 0 and d <= 0:
                res.append((m - 1 + e / (e - d), True))
            if e <= 0 and d > 0:
                res.append((m - 1 + e / (e - d), False))
            dprev = d
        if e1 <= 0:
            month = 0
        else:
            downs = [x for x, down in res if down]
            month = downs[0] if downs else None
        return month, res

    def pair(a, b):
        if a not in setups or b not in setups:
            return None
        month, res = crossings(setups[a]["total"], onces[a], setups[b]["total"], onces[b])
        df = [1 / (1 + monthly_rate) ** t for t in range(H)]
        dmonth, _ = crossings(setups[a]["discounted"], [onces[a][t] * df[t] for t in range(H)],
                              setups[b]["discounted"], [onces[b][t] * df[t] for t in range(H)])
        return {"month": month, "discountedMonth": dmonth,
                "crossings": [{"month": x, "aCheaper": d} for x, d in res]}

    return {"scenario": sc["name"], "currency": sc["currency"]["code"], "months": list(range(1, H + 1)),
            "setups": setups,
            "breakEven": {"openVsClosed": pair("open", "closed"), "hybridVsClosed": pair("hybrid", "closed"),
                          "openVsHybrid": pair("open", "hybrid")},
            "breakEvenVolume": volumes(sc, fte(1))}


def volumes(sc, fte1):
    wl, cl, op = sc["workload"], sc["closed"], sc["open"]
    ho = op["hosting"]
    tot = wl["inputTokensPerMonth"] + wl["outputTokensPerMonth"]
    if tot <= 0:
        return {"first": None, "sustained": None}
    al = wl["inputTokensPerMonth"] / tot
    c, b = wl["cachedInputShare"], wl["batchShare"]
    cp = cl.get("cachedInputPerMTok")
    cp = cl["inputPerMTok"] if cp is None else cp
    k = (1 - b * cl["batchDiscount"]) / 1e6 * (al * (1 - c) * cl["inputPerMTok"] + al * c * cp + (1 - al) * cl["outputPerMTok"])
    a = cl["platformFeePerMonth"] + cl["integrationFte"] * fte1

    def closed(v):
        return a + k * v

    def reps(v):
        load = al * v / (S * op["prefillTokensPerSecond"]) + (1 - al) * v / (S * op["decodeTokensPerSecond"])
        return max(op["minReplicas"], math.ceil(wl["peakToAverage"] * load / op["targetUtilization"] - 1e-9))

    def open_(n):
        g = (n + op["redundantReplicas"]) * op["gpusPerReplica"]
        if ho["mode"] == "rent":
            gpu = g * ho["gpuHourly"] * 730
        else:
            gpu = g * (ho["capexPerGpu"] * ((1 - ho["residualShare"]) / ho["depreciationMonths"] + ho["maintenancePerYear"] / 12)
                       + ho["powerWattsPerGpu"] / 1000 * ho["pue"] * 730 * ho["energyPerKwh"] + ho["colocationPerGpuMonth"])
        up = op["upgradePersonMonths"] * fte1 / op["upgradeEveryMonths"] if op["upgradeEveryMonths"] > 0 else 0
        return gpu + (op["baseFte"] + op["ftePerGpu"] * g) * fte1 + up + op["toolingPerMonth"] + op["otherPerMonth"]

    load1 = al / (S * op["prefillTokensPerSecond"]) + (1 - al) / (S * op["decodeTokensPerSecond"])
    w = op["targetUtilization"] / (wl["peakToAverage"] * load1)
    vmax = 1e15
    n_max = reps(vmax)
    # walk every step: (lo, hi] with n serving replicas
    first = None
    bad_last = None
    n = op["minReplicas"]
    lo = 0.0
    while True:
        hi = vmax if n == n_max else (n + 1e-9) * w
        cost = open_(n)
        if first is None and cost <= closed(hi):
            first = max(lo, (cost - a) / k) if k > 0 else lo
        if cost > closed(lo):
            bad_last = (n, lo, hi, cost)
        if n >= n_max:
            break
        lo = hi
        n += 1
    if bad_last is None:
        sustained = 0.0
    else:
        n, lo, hi, cost = bad_last
        if k > 0 and (cost - a) / k <= hi:
            sustained = max(lo, (cost - a) / k)
        else:
            sustained = None if n == n_max else hi
    return {"first": first, "sustained": sustained}


if __name__ == "__main__":
    with open(sys.argv[1]) as f:
        print(json.dumps(evaluate(json.load(f)), indent=1))
