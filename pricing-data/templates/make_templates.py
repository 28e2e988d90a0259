# Writes the portfolio templates of this folder from the figures in README.md (python3 make_templates.py).
import json, collections
O = collections.OrderedDict
FIN = {"annualDiscountRate": 0.08, "salaryGrowthPerYear": 0.03, "loadedAnnualCostPerFte": 210000}

def wl(id, name, inp, out, growth, plateau, peak, cached, batch, **extra):
    d = O(id=id, name=name, inputTokensPerMonth=inp, outputTokensPerMonth=out, monthlyGrowth=growth,
          plateauTokensPerMonth=plateau, peakToAverage=peak, cachedInputShare=cached, batchShare=batch)
    d.update(extra)
    return d

def api(id, name, i, o, c, regions, quality, batch=0.5, change=-0.15, fee=0, fte=0.1, **extra):
    d = O(id=id, name=name, inputPerMTok=i, outputPerMTok=o)
    if c is not None:
        d["cachedInputPerMTok"] = c
    d.update(batchDiscount=batch, annualPriceChange=change, platformFeePerMonth=fee, integrationFte=fte)
    if regions:
        d["regions"] = regions
    if quality is not None:
        d["quality"] = quality
    d.update(extra)
    return d

def dep(id, name, gpus, pre, dec, hosting, regions, quality, util=0.6, minr=1, red=1, base=1, perGpu=0.01,
        setup=6, setupCost=20000, upEvery=6, upPm=1, tooling=1500, other=1000, points=None, fixed=None):
    d = O(id=id, name=name, gpusPerReplica=gpus)
    if points:
        d["operatingPoints"] = points
    else:
        d["prefillTokensPerSecond"] = pre
        d["decodeTokensPerSecond"] = dec
    d["targetUtilization"] = util
    if fixed is None:
        d["minReplicas"] = minr
    d["redundantReplicas"] = red
    if fixed is not None:
        d["fixedReplicas"] = fixed
    d["hosting"] = hosting
    d.update(annualGpuPriceChange=-0.15, baseFte=base, ftePerGpu=perGpu, setupPersonMonths=setup,
             setupOneTimeCost=setupCost, upgradeEveryMonths=upEvery, upgradePersonMonths=upPm,
             toolingPerMonth=tooling, otherPerMonth=other)
    if regions:
        d["regions"] = regions
    if quality is not None:
        d["quality"] = quality
    return d

def pts(pre_max, dec_max):
    # EST shape: NVIDIA NIM, Llama-3.3-70B on 2xH100 FP8 (5,000 in / 500 out): 52 tok/s per user at
    # concurrency 1, 814 tok/s in all at 50 users, about 920 saturated. Throughput relative to the
    # saturated maximum at 10, 20, 40 and 80 tokens/s per user, applied to the profile's maximum.
    shape = [(10, 1.0, 3.0), (20, 0.85, 1.5), (40, 0.55, 0.8), (80, 0.25, 0.4)]
    return [O(outputTokensPerSecondPerUser=u, prefillTokensPerSecond=round(pre_max * s),
              decodeTokensPerSecond=round(dec_max * s), timeToFirstTokenSeconds=f) for u, s, f in shape]

def route(w, to, share=None, overflow=None):
    r = O(workload=w, to=to)
    if overflow:
        r["overflow"] = overflow
    if share is not None:
        r["share"] = share
    return r

def plan(id, name, routes):
    return O(id=id, name=name, routes=routes)

def portfolio(name, workloads, apis, deps, plans, horizon=36, fin=FIN):
    return O(schemaVersion=2, name=name, horizonMonths=horizon, currency=O(code="USD", perUsd=1), finance=fin,
             workloads=workloads, apis=apis, deployments=deps, plans=plans)

nebius_h100 = O(mode="rent", gpuHourly=2.95)
T = {}

T["internal-assistant-2000-seats"] = portfolio(
    "Internal assistant for 2,000 employees: chat, document Q&A and summaries",
    [wl("chat", "Employee chat assistant", 4.4e9, 7.0e8, 0.02, 8.0e9, 4, 0.3, 0,
        minQuality=1360, latency=O(minOutputTokensPerSecondPerUser=20, maxTimeToFirstTokenSeconds=3)),
     wl("docs-qa", "Document Q&A over the intranet", 1.76e9, 6.6e7, 0.02, 3.5e9, 4, 0.5, 0, minQuality=1340),
     wl("summaries", "Meeting and e-mail summaries", 1.0e9, 1.0e8, 0.02, 2.0e9, 2, 0.1, 0.8)],
    [api("haiku", "Claude Haiku 4.5", 1, 5, 0.1, ["US"], 1384.2),
     api("gpt41-mini", "GPT-4.1 mini", 0.4, 1.6, 0.1, ["US"], 1340.5),
     api("sonnet", "Claude Sonnet 4.5", 3, 15, 0.3, ["US"], 1426.6)],
    [dep("gpt-oss-h100", "gpt-oss-120b on rented H100 (Nebius, EU)", 1, 14055, 7028, nebius_h100, ["EU"], 1365.2,
         base=1, setup=4, points=pts(14055, 7028))],
    [plan("apis", "Haiku for chat, GPT-4.1 mini for the rest",
          [route("chat", "haiku"), route("docs-qa", "gpt41-mini"), route("summaries", "gpt41-mini")]),
     plan("sonnet", "Claude Sonnet for everything",
          [route("chat", "sonnet"), route("docs-qa", "sonnet"), route("summaries", "sonnet")]),
     plan("self-hosted", "Self-hosted gpt-oss-120b for everything",
          [route("chat", "gpt-oss-h100"), route("docs-qa", "gpt-oss-h100"), route("summaries", "gpt-oss-h100")])])

aws_h200_ae = O(mode="rent", gpuHourly=7.91,
                reservation=O(gpus=2, termMonths=12, gpuHourly=5.14, upfrontShare=0))
own_h200 = O(mode="own", capexPerGpu=44625, depreciationMonths=48, residualShare=0.1, maintenancePerYear=0.05,
             powerWattsPerGpu=700, pue=1.3, energyPerKwh=0.09, colocationPerGpuMonth=150)
T["gulf-bank-residency"] = portfolio(
    "Regulated Gulf bank: customer data stays in the UAE or Saudi Arabia",
    [wl("customer-chat", "Customer service chat (customer data)", 3.0e9, 6.0e8, 0.04, 1.2e10, 3, 0.4, 0,
        residency=["AE", "SA"], minQuality=1360,
        latency=O(minOutputTokensPerSecondPerUser=30, maxTimeToFirstTokenSeconds=2)),
     wl("kyc", "KYC document extraction, nightly (customer data)", 2.0e9, 2.0e8, 0.02, None, 1.5, 0, 1,
        residency=["AE", "SA"]),
     wl("developers", "Developer assistant (no customer data)", 1.2e9, 1.2e8, 0.03, None, 2.5, 0.6, 0,
        minQuality=1420)],
    [api("sonnet", "Claude Sonnet 4.5", 3, 15, 0.3, ["US"], 1426.6,
         migration=O(everyMonths=12, personMonths=1, oneTimeCost=0)),
     api("gpt41-mini", "GPT-4.1 mini", 0.4, 1.6, 0.1, ["US"], 1340.5)],
    [dep("h200-uae", "gpt-oss-120b on AWS H200 in the UAE, 2 GPUs reserved for a year", 1, 20604, 10302, aws_h200_ae,
         ["AE"], 1365.2, util=0.6, base=1.5, perGpu=0.02, setup=6, setupCost=40000, points=pts(20604, 10302)),
     dep("on-prem", "gpt-oss-120b on owned H200 in the bank's data centre", 1, 20604, 10302, own_h200, None, 1365.2,
         util=0.6, base=2, perGpu=0.02, setup=9, setupCost=60000, points=pts(20604, 10302))],
    [plan("us-apis", "Everything on US APIs",
          [route("customer-chat", "gpt41-mini"), route("kyc", "gpt41-mini"), route("developers", "sonnet")]),
     plan("uae-cloud", "Customer data on a reserved H200 fleet in the UAE, developers on Sonnet",
          [route("customer-chat", "h200-uae"), route("kyc", "h200-uae"), route("developers", "sonnet")]),
     plan("on-prem", "Customer data on owned H200 on premises, developers on Sonnet",
          [route("customer-chat", "on-prem"), route("kyc", "on-prem"), route("developers", "sonnet")])])

qwen_h100 = O(mode="rent", gpuHourly=2.95)
T["saas-high-growth"] = portfolio(
    "High-growth SaaS platform: in-product assistant and background enrichment",
    [wl("assistant", "In-product assistant", 6.0e9, 1.2e9, 0.06, 3.0e10, 3, 0.3, 0,
        latency=O(minOutputTokensPerSecondPerUser=25)),
     wl("enrichment", "Background enrichment of customer records", 2.0e9, 4.0e8, 0.06, 1.0e10, 3, 0.3, 0.5)],
    [api("sonnet", "Claude Sonnet 4.6", 3, 15, 0.3, ["US"], None)],
    [dep("qwen-h100", "Qwen3-235B on rented 8 x H100 (Nebius)", 8, 46368, 23184, qwen_h100, ["EU"], 1366.9),
     dep("qwen-fixed", "Qwen3-235B, fixed fleet of 2 replicas (Nebius)", 8, 46368, 23184, qwen_h100, ["EU"], 1366.9,
         fixed=2)],
    [plan("api", "All on Claude Sonnet", [route("assistant", "sonnet"), route("enrichment", "sonnet")]),
     plan("self-hosted", "All self-hosted, fleet follows the load",
          [route("assistant", "qwen-h100"), route("enrichment", "qwen-h100")]),
     plan("spillover", "Fixed fleet of 2 replicas, peaks spill to Sonnet",
          [route("assistant", "qwen-fixed", overflow="sonnet"), route("enrichment", "qwen-fixed", overflow="sonnet")])])

T["nightly-document-batch"] = portfolio(
    "Nightly document batch: invoices and contracts",
    [wl("invoices", "Invoice field extraction", 6.0e9, 3.0e8, 0.02, None, 1.2, 0, 1),
     wl("contracts", "Contract clause review", 2.0e9, 2.0e8, 0.02, None, 1.2, 0, 1, minQuality=1400)],
    [api("flash", "Gemini 2.5 Flash (batch)", 0.3, 2.5, 0.03, ["US", "EU"], 1415.1, fte=0.1),
     api("haiku", "Claude Haiku 4.5 (batch)", 1, 5, 0.1, ["US"], 1384.2)],
    [dep("gpt-oss-spot", "gpt-oss-120b on spot H100, autoscaled (Nebius)", 1, 14055, 7028,
         O(mode="rent", gpuHourly=1.25, autoscale=True), ["EU"], 1365.2, util=0.8, minr=0, red=0, base=0.5,
         setup=3, setupCost=10000),
     dep("llama-h200", "Llama 3.3 70B on rented H200, long documents (RunPod)", 1, 5370, 2685,
         O(mode="rent", gpuHourly=3.59), ["US", "EU"], 1276.2, util=0.8, minr=1, red=0, base=0.5, setup=3,
         setupCost=10000)],
    [plan("batch-api", "Gemini Flash batch API for both",
          [route("invoices", "flash"), route("contracts", "flash")]),
     plan("spot", "Invoices on autoscaled spot GPUs, contracts on Gemini Flash",
          [route("invoices", "gpt-oss-spot"), route("contracts", "flash")]),
     plan("llama", "Both on a Llama 3.3 fleet", [route("invoices", "llama-h200"), route("contracts", "llama-h200")])])

T["coding-agent-company"] = portfolio(
    "Coding-agent company: agent sessions and autocomplete",
    [wl("agent", "Coding agent (long contexts, mostly cached)", 6.0e10, 1.5e9, 0.08, 3.0e11, 2.5, 0.85, 0,
        minQuality=1420, latency=O(minOutputTokensPerSecondPerUser=40)),
     wl("autocomplete", "Autocomplete in the editor", 1.0e10, 5.0e8, 0.08, 5.0e10, 3, 0.5, 0, minQuality=1280,
        latency=O(minOutputTokensPerSecondPerUser=80, maxTimeToFirstTokenSeconds=0.5))],
    [api("sonnet", "Claude Sonnet 4.5", 3, 15, 0.3, ["US"], 1426.6,
         migration=O(everyMonths=9, personMonths=2, oneTimeCost=20000)),
     api("glm-api", "GLM-4.6 API (Z.ai)", 0.6, 2.2, 0.11, ["SG"], 1441.2),
     api("haiku", "Claude Haiku 4.5", 1, 5, 0.1, ["US"], 1384.2)],
    [dep("glm-h200", "GLM-4.6 on rented 4 x H200 (RunPod)", 4, 27126, 13563, O(mode="rent", gpuHourly=3.59),
         ["US", "EU"], 1441.2, util=0.6, base=2, perGpu=0.01, setup=6, setupCost=30000, points=pts(27126, 13563)),
     dep("oss20b-h100", "gpt-oss-20b on rented H100 (Lambda)", 1, 34671, 17336, O(mode="rent", gpuHourly=2.99),
         ["US"], 1288.9, util=0.6, base=0.5, perGpu=0.01, setup=2, setupCost=5000, points=pts(34671, 17336))],
    [plan("sonnet", "All on Claude Sonnet", [route("agent", "sonnet"), route("autocomplete", "sonnet")]),
     plan("sonnet-oss", "Agent on Sonnet, autocomplete on self-hosted gpt-oss-20b",
          [route("agent", "sonnet"), route("autocomplete", "oss20b-h100")]),
     plan("self-hosted", "Agent on self-hosted GLM-4.6, autocomplete on gpt-oss-20b",
          [route("agent", "glm-h200"), route("autocomplete", "oss20b-h100")])])

for name, p in T.items():
    with open(name + ".json", "w") as f:
        json.dump(p, f, indent=2)
        f.write("\n")
print("ok")
