#!/usr/bin/env python3
"""Independent reference implementation of cost model version 2 (portfolios of workloads, APIs,
deployments and plans), written from the contract's text alone and deliberately naive: every plan
is costed from scratch, month by month, target by target, and the break-even scale is found by
walking every breakpoint of the run-rates. It shares no structure with the Java engine; it produced
the golden files under src/test/resources/golden-v2/. The build does not need Python.

    python3 src/test/python/reference_portfolio.py PORTFOLIO.json > EXPECTED.json
    python3 src/test/python/reference_portfolio.py --recommend PORTFOLIO.json [TOP]

Files must carry resolved numbers (no catalogue lookups here) and schemaVersion 2."""
import itertools
import json
import math
import sys

S = 730 * 3600
V1_CATS = ["apiUsage", "apiPlatform", "integration", "compute", "power", "colocation", "maintenance",
           "residual", "ops", "setup", "upgrades", "tooling", "other"]
CATS = V1_CATS + ["migration", "committed"]
MAX_SCALE = 10000.0


class Context:
    """Month-level quantities that do not depend on a plan."""

    def __init__(self, pf):
        self.pf = pf
        self.H = pf["horizonMonths"]
        fin = pf["finance"]
        self.fin = fin
        self.rate = (1 + fin["annualDiscountRate"]) ** (1 / 12) - 1
        self.workloads = {w["id"]: w for w in pf["workloads"]}
        self.order = [w["id"] for w in pf["workloads"]]
        self.apis = {a["id"]: a for a in pf.get("apis", [])}
        self.deps = {d["id"]: d for d in pf.get("deployments", [])}
        self.tokens = {}
        for w in pf["workloads"]:
            I, O = [], []
            for m in range(1, self.H + 1):
                g = (1 + w["monthlyGrowth"]) ** (m - 1)
                i, o = w["inputTokensPerMonth"] * g, w["outputTokensPerMonth"] * g
                cap = w.get("plateauTokensPerMonth")
                if cap is not None and i + o > cap:
                    i, o = i * cap / (i + o), o * cap / (i + o)
                I.append(i)
                O.append(o)
            self.tokens[w["id"]] = (I, O)

    def fte(self, m):
        return self.fin["loadedAnnualCostPerFte"] / 12 * (1 + self.fin["salaryGrowthPerYear"]) ** ((m - 1) // 12)


def resolved_routes(plan, ctx):
    res = []
    for r in plan["routes"]:
        same = [x for x in plan["routes"] if x["workload"] == r["workload"]]
        given = sum(x["share"] for x in same if x.get("share") is not None)
        s = r.get("share")
        res.append(dict(r, share=(1 - given) if s is None else s))
    return res


def operating_point(dep, need_u, need_f):
    """(pre, dec, reported u or None, used point or None)."""
    pts = dep.get("operatingPoints")
    if not pts:
        return dep["prefillTokensPerSecond"], dep["decodeTokensPerSecond"], None, None, False
    eligible = [p for p in pts if need_f is None or p["timeToFirstTokenSeconds"] <= need_f]
    eligible.sort(key=lambda p: p["outputTokensPerSecondPerUser"])
    if not eligible:
        fmin = min(p["timeToFirstTokenSeconds"] for p in pts)
        ties = [p for p in pts if p["timeToFirstTokenSeconds"] == fmin]
        used = max(ties, key=lambda p: p["outputTokensPerSecondPerUser"])
        return used["prefillTokensPerSecond"], used["decodeTokensPerSecond"], used["outputTokensPerSecondPerUser"], used, True
    first = eligible[0]
    last = eligible[-1]
    if need_u <= first["outputTokensPerSecondPerUser"]:
        return first["prefillTokensPerSecond"], first["decodeTokensPerSecond"], first["outputTokensPerSecondPerUser"], first, False
    if need_u > last["outputTokensPerSecondPerUser"]:
        return last["prefillTokensPerSecond"], last["decodeTokensPerSecond"], last["outputTokensPerSecondPerUser"], last, True
    for a, b in zip(eligible, eligible[1:]):
        ua, ub = a["outputTokensPerSecondPerUser"], b["outputTokensPerSecondPerUser"]
        if ua <= need_u <= ub:
            x = (need_u - ua) / (ub - ua)
            pre = a["prefillTokensPerSecond"] + x * (b["prefillTokensPerSecond"] - a["prefillTokensPerSecond"])
            dec = a["decodeTokensPerSecond"] + x * (b["decodeTokensPerSecond"] - a["decodeTokensPerSecond"])
            return pre, dec, need_u, None, False
    raise AssertionError("unreachable")


def latency_target(plan_routes, dep_id, ctx):
    ws = []
    for r in plan_routes:
        if r["to"] == dep_id and r["workload"] not in ws:
            ws.append(r["workload"])
    us = [ctx.workloads[w].get("latency", {}).get("minOutputTokensPerSecondPerUser") for w in ws]
    fs = [ctx.workloads[w].get("latency", {}).get("maxTimeToFirstTokenSeconds") for w in ws]
    us = [u for u in us if u is not None]
    fs = [f for f in fs if f is not None]
    return ws, (max(us) if us else 0.0), (min(fs) if fs else None)


def region_ok(w, target, is_dep):
    res = w.get("residency")
    if res is None:
        return True
    regs = target.get("regions")
    if regs is None:
        return is_dep and target["hosting"]["mode"] == "own"
    return any(c in regs for c in res)


def evaluate_plan(plan, ctx):
    H = ctx.H
    routes = resolved_routes(plan, ctx)
    used = []
    for r in routes:
        for t in [r["to"], r.get("overflow")]:
            if t is not None and t not in used:
                used.append(t)
    cats = {k: [0.0] * H for k in CATS}
    once = [0.0] * H
    by_w = {w: [0.0] * H for w in ctx.order}
    plan_gpus = [0.0] * H
    plan_idle = [0.0] * H
    deployments_out = {}
    violations, warnings = [], []
    # tokens offered to each API by workload: direct routes plus overflow of fixed fleets
    api_in = {a: {w: [0.0] * H for w in ctx.order} for a in used if a in ctx.apis}
    api_out = {a: {w: [0.0] * H for w in ctx.order} for a in used if a in ctx.apis}
    routed_to = {t: [] for t in used}
    for r in routes:
        for t in [r["to"], r.get("overflow")]:
            if t is not None and r["workload"] not in routed_to[t]:
                routed_to[t].append(r["workload"])
        if r["to"] in ctx.apis:
            I, O = ctx.tokens[r["workload"]]
            for m in range(H):
                api_in[r["to"]][r["workload"]][m] += r["share"] * I[m]
                api_out[r["to"]][r["workload"]][m] += r["share"] * O[m]

    def add_violation(lst, w, t, rule, msg):
        if not any(v["workload"] == w and v["target"] == t and v["rule"] == rule for v in lst):
            lst.append({"workload": w, "target": t, "rule": rule, "message": msg})

    for r in routes:
        w = ctx.workloads[r["workload"]]
        for t in [r["to"], r.get("overflow")]:
            if t is None:
                continue
            is_dep = t in ctx.deps
            tgt = ctx.deps[t] if is_dep else ctx.apis[t]
            if not region_ok(w, tgt, is_dep):
                add_violation(violations, w["id"], t, "residency", "residency")
            mq = w.get("minQuality")
            if mq is not None and (tgt.get("quality") is None or tgt["quality"] < mq):
                add_violation(violations, w["id"], t, "quality", "quality")

    # deployments first: they decide the overflow
    for did in [d["id"] for d in ctx.pf.get("deployments", []) if d["id"] in used]:
        d = ctx.deps[did]
        ho = d["hosting"]
        ws, need_u, need_f = latency_target(routes, did, ctx)
        pre, dec, rep_u, used_pt, fallback = operating_point(d, need_u, need_f)
        if d.get("operatingPoints"):
            if fallback:
                for wid in ws:
                    lat = ctx.workloads[wid].get("latency", {})
                    u, f = lat.get("minOutputTokensPerSecondPerUser"), lat.get("maxTimeToFirstTokenSeconds")
                    if (u is not None and u > used_pt["outputTokensPerSecondPerUser"]) or \
                            (f is not None and f < used_pt["timeToFirstTokenSeconds"]):
                        add_violation(violations, wid, did, "latency", "latency")
        else:
            for wid in ws:
                lat = ctx.workloads[wid].get("latency")
                if lat and (lat.get("minOutputTokensPerSecondPerUser") is not None
                            or lat.get("maxTimeToFirstTokenSeconds") is not None):
                    add_violation(warnings, wid, did, "latency-unchecked", "latency-unchecked")
        offered = {w: ([0.0] * H, [0.0] * H) for w in ctx.order}
        for r in routes:
            if r["to"] == did:
                I, O = ctx.tokens[r["workload"]]
                for m in range(H):
                    offered[r["workload"]][0][m] += r["share"] * I[m]
                    offered[r["workload"]][1][m] += r["share"] * O[m]
        fixed = d.get("fixedReplicas")
        own = ho["mode"] == "own"
        amort = ho.get("amortize", False)
        autoscale = ho.get("autoscale", False)
        resv = ho.get("reservation")
        gpr = d["gpusPerReplica"]
        reps, gpus_l, util, idle = [], [], [], []
        dcats = {k: [0.0] * H for k in CATS}
        donce = [0.0] * H
        served_load_w = {w: [0.0] * H for w in ctx.order}
        purchases = {}
        fleet_prev = 0
        term_start = None
        for m in range(1, H + 1):
            t = m - 1
            lw = {w: offered[w][0][t] / (S * pre) + offered[w][1][t] / (S * dec) for w in ctx.order}
            load_off = sum(lw.values())
            peak_off = sum(ctx.workloads[w]["peakToAverage"] * lw[w] for w in ctx.order)
            if fixed is not None:
                phi = 1.0 if peak_off == 0 else min(1.0, fixed * d["targetUtilization"] / peak_off)
                load = phi * load_off
                rep = fixed + d["redundantReplicas"]
                for r in routes:
                    if r["to"] == did:
                        I, O = ctx.tokens[r["workload"]]
                        a = r["overflow"]
                        api_in[a][r["workload"]][t] += (1 - phi) * r["share"] * I[t]
                        api_out[a][r["workload"]][t] += (1 - phi) * r["share"] * O[t]
                for w in ctx.order:
                    served_load_w[w][t] = phi * lw[w]
            else:
                load = load_off
                if autoscale:
                    rep = max(d["minReplicas"], load / d["targetUtilization"]) + d["redundantReplicas"]
                else:
                    rep = max(d["minReplicas"], math.ceil(peak_off / d["targetUtilization"] - 1e-9)) + d["redundantReplicas"]
                for w in ctx.order:
                    served_load_w[w][t] = lw[w]
            gpus = rep * gpr
            reps.append(rep)
            gpus_l.append(gpus)
            util.append(load / rep if rep > 0 else 0.0)
            gf = (1 + d["annualGpuPriceChange"]) ** (t / 12)
            if not own:
                if resv is None:
                    compute = gpus * ho["gpuHourly"] * 730 * gf
                    dcats["compute"][t] = compute
                    busy = load / rep if rep > 0 else 0.0
                    idle.append(compute * (1 - busy))
                else:
                    G, T, R, u = resv["gpus"], resv["termMonths"], resv["gpuHourly"], resv["upfrontShare"]
                    if (m - 1) % T == 0:
                        term_start = m
                        length = min(T, H - m + 1)
                        up = u * G * R * ((1 + d["annualGpuPriceChange"]) ** ((m - 1) / 12)) * 730 * length
                        dcats["compute"][t] += up
                        donce[t] += up
                    gfk = (1 + d["annualGpuPriceChange"]) ** ((term_start - 1) / 12)
                    extra = max(0.0, gpus - G) * ho["gpuHourly"] * 730 * gf
                    dcats["compute"][t] += (1 - u) * G * R * gfk * 730 + extra
                    units = max(rep, G / gpr)
                    busy = load / units if units > 0 else 0.0
                    idle.append((G * R * gfk * 730 + extra) * (1 - busy))
                ops_units = gpus
            else:
                fleet = max(fleet_prev, gpus)
                purchases[m] = (fleet - fleet_prev) * ho["capexPerGpu"] * gf
                fleet_prev = fleet
                dep_m, rs = ho["depreciationMonths"], ho["residualShare"]
                depn = sum(p * (1 - rs) / dep_m for k, p in purchases.items() if m < k + dep_m)
                book_start = sum(p * (1 - (1 - rs) * min(1, (m - 1 - k + 1) / dep_m)) for k, p in purchases.items())
                accrual = depn + ctx.rate * book_start
                power = fleet * ho["powerWattsPerGpu"] / 1000 * ho["pue"] * 730 * ho["energyPerKwh"]
                colo = fleet * ho["colocationPerGpuMonth"]
                maint = sum(purchases.values()) * ho["maintenancePerYear"] / 12
                dcats["compute"][t] = accrual if amort else purchases[m]
                if not amort:
                    donce[t] += purchases[m]
                dcats["power"][t], dcats["colocation"][t], dcats["maintenance"][t] = power, colo, maint
                su = fleet / gpr
                busy = load / su if su > 0 else 0.0
                idle.append((accrual + power + colo + maint) * (1 - busy))
                ops_units = fleet
            dcats["ops"][t] = (d["baseFte"] + d["ftePerGpu"] * ops_units) * ctx.fte(m)
            if m == 1:
                dcats["setup"][t] = d["setupPersonMonths"] * ctx.fte(1) + d["setupOneTimeCost"]
            ue = d["upgradeEveryMonths"]
            if ue > 0 and t > 0 and t % ue == 0:
                dcats["upgrades"][t] = d["upgradePersonMonths"] * ctx.fte(m)
            dcats["tooling"][t] = d["toolingPerMonth"]
            dcats["other"][t] = d["otherPerMonth"]
            donce[t] += dcats["setup"][t] + dcats["upgrades"][t]
        if own and not amort:
            dep_m, rs = ho["depreciationMonths"], ho["residualShare"]
            dcats["residual"][H - 1] = -sum(p * (1 - (1 - rs) * min(1, (H - k + 1) / dep_m)) for k, p in purchases.items())
        for m in range(H):
            cost = sum(dcats[k][m] for k in CATS)
            tot_load = sum(served_load_w[w][m] for w in ctx.order)
            share_ws = routed_to[did]
            for w in ctx.order:
                if tot_load > 0:
                    by_w[w][m] += cost * served_load_w[w][m] / tot_load
                elif w in share_ws:
                    by_w[w][m] += cost / len(share_ws)
            for k in CATS:
                cats[k][m] += dcats[k][m]
            once[m] += donce[m]
            plan_gpus[m] += gpus_l[m]
            plan_idle[m] += idle[m]
        deployments_out[did] = {"replicas": reps, "gpus": gpus_l, "utilization": util, "idleCapacity": idle,
                                "operatingPoint": {"outputTokensPerSecondPerUser": rep_u,
                                                   "prefillTokensPerSecond": pre, "decodeTokensPerSecond": dec}}

    for aid in [a["id"] for a in ctx.pf.get("apis", []) if a["id"] in used]:
        a = ctx.apis[aid]
        cp = a.get("cachedInputPerMTok")
        cp = a["inputPerMTok"] if cp is None else cp
        com = a.get("committed")
        mig = a.get("migration")
        for m in range(1, H + 1):
            t = m - 1
            pfac = (1 + a["annualPriceChange"]) ** (t / 12)
            usage = {}
            for wid in ctx.order:
                w = ctx.workloads[wid]
                i, o = api_in[aid][wid][t], api_out[aid][wid][t]
                usage[wid] = pfac * (1 - w["batchShare"] * a["batchDiscount"]) / 1e6 * (
                    i * (1 - w["cachedInputShare"]) * a["inputPerMTok"] + i * w["cachedInputShare"] * cp
                    + o * a["outputPerMTok"])
            psi = 0.0
            if com is not None:
                peak = sum(ctx.workloads[w]["peakToAverage"] * (api_in[aid][w][t] + api_out[aid][w][t])
                           for w in ctx.order) / (730 * 60)
                psi = 1.0 if peak == 0 else min(1.0, com["tokensPerMinute"] / peak)
            cats["apiUsage"][t] += (1 - psi) * sum(usage.values())
            plat = a["platformFeePerMonth"]
            integ = a["integrationFte"] * ctx.fte(m)
            migc = 0.0
            if mig is not None and t > 0 and t % mig["everyMonths"] == 0:
                migc = mig["personMonths"] * ctx.fte(m) + mig["oneTimeCost"]
            comc = com["feePerMonth"] if com is not None else 0.0
            cats["apiPlatform"][t] += plat
            cats["integration"][t] += integ
            cats["migration"][t] += migc
            cats["committed"][t] += comc
            once[t] += migc
            shared = plat + integ + migc + comc
            toks = {w: api_in[aid][w][t] + api_out[aid][w][t] for w in ctx.order}
            tot = sum(toks.values())
            for w in ctx.order:
                by_w[w][t] += (1 - psi) * usage[w]
                if tot > 0:
                    by_w[w][t] += shared * toks[w] / tot
                elif w in routed_to[aid]:
                    by_w[w][t] += shared / len(routed_to[aid])

    total = [sum(cats[k][t] for k in CATS) for t in range(H)]
    cum, acc = [], 0.0
    for x in total:
        acc += x
        cum.append(acc)
    disc = [total[t] / (1 + ctx.rate) ** t for t in range(H)]
    all_tok = [sum(ctx.tokens[w][0][t] + ctx.tokens[w][1][t] for w in ctx.order) for t in range(H)]
    cpm = [total[t] / (all_tok[t] / 1e6) if all_tok[t] > 0 else None for t in range(H)]
    return {"name": plan["name"], "total": total, "cumulative": cum, "discounted": disc, "costPerMTok": cpm,
            "tco": cum[-1], "npv": sum(disc), "categories": cats, "gpus": plan_gpus, "idleCapacity": plan_idle,
            "deployments": deployments_out, "byWorkload": by_w, "feasible": not violations,
            "violations": violations, "warnings": warnings}, once


def crossings(H, costA, onceA, costB, onceB):
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


# ---- run-rates and the break-even scale ------------------------------------------------------

def run_rate(plan, ctx, k):
    """Monthly cost of the plan at month-1 prices for steady volumes k * month-1 tokens."""
    routes = resolved_routes(plan, ctx)
    used = []
    for r in routes:
        for t in [r["to"], r.get("overflow")]:
            if t is not None and t not in used:
                used.append(t)
    fte1 = ctx.fte(1)
    I1 = {w: ctx.tokens[w][0][0] * k for w in ctx.order}
    O1 = {w: ctx.tokens[w][1][0] * k for w in ctx.order}
    api_in = {a: {w: 0.0 for w in ctx.order} for a in used if a in ctx.apis}
    api_out = {a: {w: 0.0 for w in ctx.order} for a in used if a in ctx.apis}
    for r in routes:
        if r["to"] in ctx.apis:
            api_in[r["to"]][r["workload"]] += r["share"] * I1[r["workload"]]
            api_out[r["to"]][r["workload"]] += r["share"] * O1[r["workload"]]
    cost = 0.0
    for did in [d["id"] for d in ctx.pf.get("deployments", []) if d["id"] in used]:
        d = ctx.deps[did]
        ho = d["hosting"]
        _, need_u, need_f = latency_target(routes, did, ctx)
        pre, dec, _, _, _ = operating_point(d, need_u, need_f)
        off = {w: (0.0, 0.0) for w in ctx.order}
        for r in routes:
            if r["to"] == did:
                a, b = off[r["workload"]]
                off[r["workload"]] = (a + r["share"] * I1[r["workload"]], b + r["share"] * O1[r["workload"]])
        lw = {w: off[w][0] / (S * pre) + off[w][1] / (S * dec) for w in ctx.order}
        load = sum(lw.values())
        peak = sum(ctx.workloads[w]["peakToAverage"] * lw[w] for w in ctx.order)
        fixed = d.get("fixedReplicas")
        if fixed is not None:
            phi = 1.0 if peak == 0 else min(1.0, fixed * d["targetUtilization"] / peak)
            for r in routes:
                if r["to"] == did:
                    api_in[r["overflow"]][r["workload"]] += (1 - phi) * r["share"] * I1[r["workload"]]
                    api_out[r["overflow"]][r["workload"]] += (1 - phi) * r["share"] * O1[r["workload"]]
            rep = fixed + d["redundantReplicas"]
        elif ho.get("autoscale", False):
            rep = max(d["minReplicas"], load / d["targetUtilization"]) + d["redundantReplicas"]
        else:
            rep = max(d["minReplicas"], math.ceil(peak / d["targetUtilization"] - 1e-9)) + d["redundantReplicas"]
        g = rep * d["gpusPerReplica"]
        if ho["mode"] == "rent":
            resv = ho.get("reservation")
            if resv is None:
                gpu = g * ho["gpuHourly"] * 730
            else:
                gpu = resv["gpus"] * resv["gpuHourly"] * 730 + max(0.0, g - resv["gpus"]) * ho["gpuHourly"] * 730
        else:
            gpu = g * (ho["capexPerGpu"] * ((1 - ho["residualShare"]) / ho["depreciationMonths"] + ho["maintenancePerYear"] / 12)
                       + ho["powerWattsPerGpu"] / 1000 * ho["pue"] * 730 * ho["energyPerKwh"] + ho["colocationPerGpuMonth"])
        up = d["upgradePersonMonths"] * fte1 / d["upgradeEveryMonths"] if d["upgradeEveryMonths"] > 0 else 0.0
        cost += gpu + (d["baseFte"] + d["ftePerGpu"] * g) * fte1 + up + d["toolingPerMonth"] + d["otherPerMonth"]
    for aid in [a["id"] for a in ctx.pf.get("apis", []) if a["id"] in used]:
        a = ctx.apis[aid]
        cp = a.get("cachedInputPerMTok")
        cp = a["inputPerMTok"] if cp is None else cp
        usage = 0.0
        for wid in ctx.order:
            w = ctx.workloads[wid]
            i, o = api_in[aid][wid], api_out[aid][wid]
            usage += (1 - w["batchShare"] * a["batchDiscount"]) / 1e6 * (
                i * (1 - w["cachedInputShare"]) * a["inputPerMTok"] + i * w["cachedInputShare"] * cp + o * a["outputPerMTok"])
        com = a.get("committed")
        psi = 0.0
        if com is not None:
            peak = sum(ctx.workloads[w]["peakToAverage"] * (api_in[aid][w] + api_out[aid][w]) for w in ctx.order) / (730 * 60)
            psi = 1.0 if peak == 0 else min(1.0, com["tokensPerMinute"] / peak)
            cost += com["feePerMonth"]
        cost += (1 - psi) * usage + a["platformFeePerMonth"] + a["integrationFte"] * fte1
        mig = a.get("migration")
        if mig is not None:
            cost += (mig["personMonths"] * fte1 + mig["oneTimeCost"]) / mig["everyMonths"]
    return cost


def breakpoints(plan, ctx):
    """Every k in (0, MAX_SCALE) where a run-rate of this plan may bend or step."""
    routes = resolved_routes(plan, ctx)
    used = set(r["to"] for r in routes) | set(r["overflow"] for r in routes if r.get("overflow"))
    I1 = {w: ctx.tokens[w][0][0] for w in ctx.order}
    O1 = {w: ctx.tokens[w][1][0] for w in ctx.order}
    pts = set()
    api_peak = {a: 0.0 for a in used if a in ctx.apis}   # peak tpm at k = 1, direct routes
    for r in routes:
        if r["to"] in ctx.apis:
            w = ctx.workloads[r["workload"]]
            api_peak[r["to"]] += w["peakToAverage"] * r["share"] * (I1[r["workload"]] + O1[r["workload"]]) / (730 * 60)
    for did in used:
        if did not in ctx.deps:
            continue
        d = ctx.deps[did]
        _, need_u, need_f = latency_target(routes, did, ctx)
        pre, dec, _, _, _ = operating_point(d, need_u, need_f)
        load = peak = 0.0
        for r in routes:
            if r["to"] == did:
                w = ctx.workloads[r["workload"]]
                lw = r["share"] * (I1[w["id"]] / (S * pre) + O1[w["id"]] / (S * dec))
                load += lw
                peak += w["peakToAverage"] * lw
        fixed = d.get("fixedReplicas")
        tu = d["targetUtilization"]
        if fixed is not None:
            if peak > 0:
                pts.add(fixed * tu / peak)
            continue
        gpr = d["gpusPerReplica"]
        resv = d["hosting"].get("reservation")
        if d["hosting"].get("autoscale", False):
            if load > 0:
                pts.add(d["minReplicas"] * tu / load)
                if resv is not None:
                    # gpus = G: replicas = G / gpr
                    pts.add((resv["gpus"] / gpr - d["redundantReplicas"]) * tu / load)
        elif peak > 0:
            # v1's replica count ceil(x - 1e-9) steps from n to n + 1 at x = n + 1e-9, from n = 0
            # (v1's break-even volume walks the same steps)
            n = 0
            while (n + 1e-9) * tu / peak < MAX_SCALE:
                pts.add((n + 1e-9) * tu / peak)
                n += 1
    # committed capacity: psi reaches 1 where the offered peak equals C (no overflow reaches an API
    # with committed capacity, so its peak is linear in k)
    for aid, peak1 in api_peak.items():
        com = ctx.apis[aid].get("committed")
        if com is not None and peak1 > 0:
            pts.add(com["tokensPerMinute"] / peak1)
    return sorted(p for p in pts if 0 < p < MAX_SCALE)


def scale(planA, planB, ctx):
    tot1 = sum(ctx.tokens[w][0][0] + ctx.tokens[w][1][0] for w in ctx.order)
    if tot1 <= 0:
        ok = run_rate(planA, ctx, 1.0) <= run_rate(planB, ctx, 1.0)
        return {"first": 0.0 if ok else None, "sustained": 0.0 if ok else None}
    bps = sorted(set(breakpoints(planA, ctx) + breakpoints(planB, ctx)))
    edges = [0.0] + bps + [MAX_SCALE]
    segs = []
    for lo, hi in zip(edges, edges[1:]):
        if hi - lo <= 1e-12 * hi:
            continue    # two breakpoints that are one up to rounding
        # affine on (lo, hi]: fit through two interior points, value at hi exactly
        x1, x2 = lo + (hi - lo) / 3, lo + 2 * (hi - lo) / 3
        D = lambda k: run_rate(planA, ctx, k) - run_rate(planB, ctx, k)
        d1, d2 = D(x1), D(x2)
        slope = (d2 - d1) / (x2 - x1)
        at_lo = d1 - slope * (x1 - lo)      # limit from the right at lo
        # the value at hi belongs to this segment (a step ceil(x - 1e-9) takes its new value just
        # above it); extrapolate rather than evaluate there, where rounding could pick either side
        at_hi = d1 + slope * (hi - x1)
        segs.append((lo, hi, at_lo, at_hi, slope, d1, x1))
    first = None
    for lo, hi, at_lo, at_hi, slope, d1, x1 in segs:
        # a tie at the left end (equal run-rates up to rounding) counts as no dearer only if the
        # gap does not rise from it: D(k) = c k with c > 0 is dearer at every k > 0
        tie = 1e-12 * max(1.0, abs(run_rate(planB, ctx, x1)))
        if at_lo < -tie or (abs(at_lo) <= tie and slope <= 0):
            first = lo
            break
        if at_hi <= 0:
            first = x1 - d1 / slope
            break
    sustained = None
    if segs[-1][3] <= 0:
        sustained = 0.0
        for lo, hi, at_lo, at_hi, slope, d1, x1 in reversed(segs):
            if at_hi > 0:
                sustained = hi
                break
            if at_lo > 0:
                sustained = x1 - d1 / slope
                break
    return {"first": first, "sustained": sustained}


def evaluate(pf):
    ctx = Context(pf)
    H = ctx.H
    plans, onces = {}, {}
    for plan in pf["plans"]:
        plans[plan["id"]], onces[plan["id"]] = evaluate_plan(plan, ctx)
    be = []
    ids = [p["id"] for p in pf["plans"]]
    df = [1 / (1 + ctx.rate) ** t for t in range(H)]
    for i in range(len(ids)):
        for j in range(i + 1, len(ids)):
            a, b = ids[j], ids[i]
            month, res = crossings(H, plans[a]["total"], onces[a], plans[b]["total"], onces[b])
            dmonth, _ = crossings(H, plans[a]["discounted"], [onces[a][t] * df[t] for t in range(H)],
                                  plans[b]["discounted"], [onces[b][t] * df[t] for t in range(H)])
            be.append({"a": a, "b": b, "month": month, "discountedMonth": dmonth,
                       "crossings": [{"month": x, "aCheaper": d} for x, d in res],
                       "scale": scale(pf["plans"][j], pf["plans"][i], ctx)})
    return {"schemaVersion": 2, "scenario": pf["name"], "currency": pf["currency"]["code"],
            "months": list(range(1, H + 1)), "plans": plans, "breakEven": be}


def recommend(pf, top=5):
    ctx = Context(pf)
    cands = [(a["id"], None) for a in pf.get("apis", [])]
    cands += [(d["id"], None) for d in pf.get("deployments", []) if d.get("fixedReplicas") is None]
    free_apis = [a["id"] for a in pf.get("apis", []) if a.get("committed") is None]
    cands += [(d["id"], o) for d in pf.get("deployments", []) if d.get("fixedReplicas") is not None for o in free_apis]
    n = 0
    feasible = []
    for combo in itertools.product(cands, repeat=len(ctx.order)):
        routes = []
        for wid, (to, over) in zip(ctx.order, combo):
            r = {"workload": wid, "to": to, "share": 1.0}
            if over is not None:
                r["overflow"] = over
            routes.append(r)
        res, _ = evaluate_plan({"id": "x", "name": "x", "routes": routes}, ctx)
        if res["feasible"]:
            feasible.append((res["tco"], n, res["npv"], routes))
        n += 1
    feasible.sort(key=lambda x: (x[0], x[1]))
    return {"exhaustive": True, "assignments": n, "feasible": len(feasible),
            "plans": [{"tco": t, "npv": v, "routes": [{k: r[k] for k in ("workload", "to", "overflow") if k in r}
                                                         for r in routes]} for t, _, v, routes in feasible[:top]]}


if __name__ == "__main__":
    if sys.argv[1] == "--recommend":
        with open(sys.argv[2]) as f:
            print(json.dumps(recommend(json.load(f), int(sys.argv[3]) if len(sys.argv) > 3 else 5), indent=1))
    else:
        with open(sys.argv[1]) as f:
            print(json.dumps(evaluate(json.load(f)), indent=1))
